#pragma once

#include "interview/metrictranslation.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QStackedWidget;

namespace debrief::studio {

// The metric translation calculator of the product design round: GPU-hours a month and the price per
// GPU-hour give the money a month; a straight cut, a utilisation change or a latency change gives the
// GPU-hours and money saved, and the sentence a candidate would say. The numbers are
// MetricTranslation's; this only collects the inputs and shows the results.
class MetricTranslationPanel : public QWidget {
    Q_OBJECT

public:
    enum class Change { Cut, Utilisation, Latency };

    explicit MetricTranslationPanel(QWidget* parent = nullptr);

    void setGpuHoursPerMonth(double hours);
    void setPricePerGpuHour(double usd);
    void setChange(Change change);
    void setCutPercent(double percent);
    void setUtilisation(double fromPercent, double toPercent);
    void setLatency(double beforeMs, double afterMs);

    interview::MetricSaving saving() const;
    double monthlyCost() const;
    QString sentence() const;  // MetricTranslation::sentence with the saving as the cut

    QAction* insertAction() const { return m_insert; }
    QLabel* sentenceLabel() const { return m_sentence; }

signals:
    void insertRequested(const QString& sentence);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void recompute();

    QDoubleSpinBox* m_hours;
    QDoubleSpinBox* m_price;
    QComboBox* m_change;
    QStackedWidget* m_changeInputs;
    QDoubleSpinBox* m_cut;
    QDoubleSpinBox* m_utilFrom;
    QDoubleSpinBox* m_utilTo;
    QDoubleSpinBox* m_latencyBefore;
    QDoubleSpinBox* m_latencyAfter;
    QLabel* m_monthly;
    QLabel* m_saved;
    QLabel* m_sentence;
    QAction* m_insert;
    QFormLayout* m_form;
    QLabel* m_cutLabel;
    QLabel* m_utilisationLabel;
    QLabel* m_latencyLabel;
};

}  // namespace debrief::studio
