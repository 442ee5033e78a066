#pragma once

#include <trace/traceformat.h>

#include <QComboBox>

namespace debrief::studio {

// "Auto" plus every format the importers know, with names people recognise.
class TraceFormatBox : public QComboBox {
    Q_OBJECT

public:
    explicit TraceFormatBox(QWidget* parent = nullptr);

    trace::TraceFormat format() const;
    void setFormat(trace::TraceFormat format);
    static QString displayName(trace::TraceFormat format);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // the names again, the picked format kept
};

}  // namespace debrief::studio
