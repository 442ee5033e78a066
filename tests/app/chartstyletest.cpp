// The one chart style: light and dark looks from the palette, exports that stay light, and labels
// that stay inside the chart (the histogram's tallest bar, the time axes' last tick).
#include "shell/studioappearance.h"
#include "tracelab/tracesummaryview.h"
#include "widgets/barchartview.h"
#include "widgets/chartexport.h"
#include "widgets/chartstyle.h"
#include "widgets/timeserieschartview.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace debrief::studio;

namespace {

// The scene rectangle of every drawn text item whose text is `text`.
QList<QRectF> textRects(const QChartView& view, const QString& text)
{
    QList<QRectF> out;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (!item->isVisible())
            continue;
        QString shown;
        if (const auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
            shown = rich->toPlainText();
        else if (const auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            shown = simple->text();
        if (shown == text)
            out << item->sceneBoundingRect();
    }
    return out;
}

QRectF visibleScene(const QChartView& view)
{
    return view.mapToScene(view.viewport()->rect()).boundingRect();
}

}  // namespace

class ChartStyleTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void darkPaletteGivesDarkVariant();
    void histogramTallestLabelFitsThePlot_data();
    void histogramTallestLabelFitsThePlot();
    void timeAxisLastLabelStaysInTheView_data();
    void timeAxisLastLabelStaysInTheView();
    void chartBuiltDisabledReadsOnceEnabled();
    void exactAxisEndsAtItsMaximum();
    void timeAxisEndsNearTheDataEnd();
    void narrowTimeAxisCountsTheLabelsItDraws();
    void exportedChartIsLightWhileTheAppIsDark();
    void exportedLegendShowsEveryLine_data();
    void exportedLegendShowsEveryLine();
};

void ChartStyleTest::cleanup()
{
    StudioAppearance light;
    light.theme = StudioAppearance::Theme::Light;
    light.apply();
}

void ChartStyleTest::darkPaletteGivesDarkVariant()
{
    const QPalette light = ChartStyle::printPalette();
    QVERIFY(!ChartStyle::isDark(light));
    QCOMPARE(ChartStyle::background(light), QColor(Qt::white));
    StudioAppearance dark;
    dark.theme = StudioAppearance::Theme::Dark;
    dark.apply();
    const QPalette p = QApplication::palette();
    QVERIFY(ChartStyle::isDark(p));
    // Okabe & Ito's black (policy 6 of the light palette) would vanish on a dark chart: its twin is light.
    QCOMPARE(ChartStyle::seriesColor(6, light), QColor(Qt::black));
    QVERIFY(ChartStyle::seriesColor(6, p).lightness() > 200);
    QCOMPARE(ChartStyle::adapt(QColor(Qt::black), p), ChartStyle::seriesColor(6, p));
    QCOMPARE(ChartStyle::adapt(QColor(0x12, 0x34, 0x56), p), QColor(0x12, 0x34, 0x56));  // not a series colour
    // Every dark series colour stands out from the dark background.
    for (int i = 0; i < 8; ++i)
        QVERIFY2(std::abs(ChartStyle::seriesColor(i, p).lightness() - ChartStyle::background(p).lightness()) > 80,
                 qPrintable(QString::number(i)));
}

void ChartStyleTest::histogramTallestLabelFitsThePlot_data()
{
    QTest::addColumn<int>("height");
    QTest::newRow("small") << 190;
    QTest::newRow("medium") << 260;
    QTest::newRow("tall") << 420;
}

// "698" was drawn for 6,989: the upright label of the tallest bar ran out of the plot at the top.
void ChartStyleTest::histogramTallestLabelFitsThePlot()
{
    QFETCH(int, height);
    BarChartView view;
    view.setAxisTitles(QStringLiteral("GPUs per job"), QStringLiteral("Jobs"));
    view.chart()->setTitle(QStringLiteral("Jobs by GPUs requested"));
    view.resize(360, height);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setBars({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("8")},
                 {6989, 1200, 310, 76627 / 1000}, QStringLiteral("Jobs"));
    QApplication::processEvents();
    const QRectF plot = view.chart()->mapToScene(view.chart()->plotArea()).boundingRect();
    const QList<QRectF> labels = textRects(view, QStringLiteral("6989"));
    QCOMPARE(labels.size(), 1);
    QVERIFY2(plot.adjusted(-1, -1, 1, 1).contains(labels.first()),
             qPrintable(QStringLiteral("label %1,%2 %3x%4 outside plot %5,%6 %7x%8")
                            .arg(labels.first().x()).arg(labels.first().y()).arg(labels.first().width())
                            .arg(labels.first().height()).arg(plot.x()).arg(plot.y()).arg(plot.width())
                            .arg(plot.height())));
}

void ChartStyleTest::timeAxisLastLabelStaysInTheView_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("hours");
    QTest::newRow("200 d narrow") << 260 << 4800.0;
    QTest::newRow("200 d at 1024x700") << 205 << 4800.0;  // a Trace Lab chart in a 1024x700 window
    QTest::newRow("200 d wide") << 520 << 4800.0;
    QTest::newRow("48 h") << 300 << 48.0;
}

// "200 c" was shown for "200 d": the last tick's label sits on the plot's right edge and half of it
// lay outside the view.
void ChartStyleTest::timeAxisLastLabelStaysInTheView()
{
    QFETCH(int, width);
    QFETCH(double, hours);
    TimeSeriesChartView view;
    view.setXUnit(ChartStyle::Unit::Hours);
    view.setYUnit(ChartStyle::Unit::Count);
    view.setExpectedXRange(hours);
    view.resize(width, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLines({{QStringLiteral("fifo"), ChartStyle::seriesColor(0)}});
    view.setPoints({{QPointF(0, 3), QPointF(hours, 40)}});
    QApplication::processEvents();
    const QStringList labels = view.xLabels();
    QVERIFY(!labels.isEmpty());
    const QRectF visible = visibleScene(view);
    for (const QString& label : labels) {
        for (const QRectF& r : textRects(view, label))
            QVERIFY2(visible.contains(r), qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                                         .arg(label).arg(r.right()).arg(visible.right())));
    }
    // Drawn whole: Qt Charts elides a label with no room to "2...", which is not found here.
    QVERIFY(!textRects(view, labels.last()).isEmpty());
}

// A study's 0-130 % arrived: an exact axis ends at 130 with its own label, while the default one
// still rounds out to its next tick (150), so the other charts keep their axes.
void ChartStyleTest::exactAxisEndsAtItsMaximum()
{
    QCategoryAxis rounded;
    ChartStyle::label(&rounded, 0.0, 130.0, ChartStyle::Unit::Percent, false, 3);
    QCOMPARE(rounded.max(), 150.0);
    QCOMPARE(rounded.categoriesLabels(), (QStringList{QStringLiteral("0 %"), QStringLiteral("50 %"),
                                                      QStringLiteral("100 %"), QStringLiteral("150 %")}));
    QCategoryAxis exact;
    ChartStyle::label(&exact, 0.0, 130.0, ChartStyle::Unit::Percent, false, 3, true);
    QCOMPARE(exact.min(), 0.0);
    QCOMPARE(exact.max(), 130.0);
    QCOMPARE(exact.categoriesLabels(), (QStringList{QStringLiteral("0 %"), QStringLiteral("50 %"),
                                                    QStringLiteral("100 %"), QStringLiteral("130 %")}));
    // A last tick closer than half a step to the end gives way to the end's label: 0-110 in 50s.
    ChartStyle::label(&exact, 0.0, 110.0, ChartStyle::Unit::Percent, false, 3, true);
    QCOMPARE(exact.max(), 110.0);
    QCOMPARE(exact.categoriesLabels(),
             (QStringList{QStringLiteral("0 %"), QStringLiteral("50 %"), QStringLiteral("110 %")}));

    // The view: a fixed x top holds through data up to it, and follows a new top.
    TimeSeriesChartView view;
    view.setXUnit(ChartStyle::Unit::Percent);
    view.setFixedXTop(130.0);
    view.resize(400, 200);
    view.setLines({{QStringLiteral("fgd"), ChartStyle::seriesColor(0)}});
    view.setPoints({{QPointF(0, 3), QPointF(130, 40)}});
    const auto* x = qobject_cast<const QValueAxis*>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QCOMPARE(x->max(), 130.0);
    QCOMPARE(view.xLabels().last(), QStringLiteral("130 %"));
    view.setFixedXTop(150.0);
    view.setPoints({{QPointF(0, 3), QPointF(150, 40)}});
    QCOMPARE(x->max(), 150.0);
    QCOMPARE(view.shownPoints(0).last(), QPointF(150, 40));
}

// A replay expected to end at 120 days ran to 152: the axis grew to 0-200 d in 50s and kept a
// quarter of the plot empty. Live it grows with little headroom; once the lines are complete it
// ends at the first tick past their end (0-160 d), and a resize keeps that end.
void ChartStyleTest::timeAxisEndsNearTheDataEnd()
{
    QCOMPARE(ChartStyle::ticks(0, 152 * 24.0, ChartStyle::Unit::Hours),
             QList<double>({0, 40 * 24.0, 80 * 24.0, 120 * 24.0, 160 * 24.0}));
    QCOMPARE(ChartStyle::ticks(0, 150.0, ChartStyle::Unit::Count), QList<double>({0, 50, 100, 150}));
    TimeSeriesChartView view;
    view.setXUnit(ChartStyle::Unit::Hours);
    view.setExpectedXRange(120 * 24.0);
    view.resize(600, 250);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLines({{QStringLiteral("fifo"), ChartStyle::seriesColor(0)}});
    const auto* x = qobject_cast<const QValueAxis*>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QList<QPointF> points;
    for (int day = 0; day <= 152; ++day) {
        points.append(QPointF(day * 24.0, day % 7));
        view.setPoints({points});
        QVERIFY2(x->max() >= day * 24.0, qPrintable(QString::number(x->max() / 24.0)));
        if (day > 120)  // live: never more than a third past the data
            QVERIFY2(x->max() <= day * 24.0 * 4.0 / 3.0, qPrintable(QString::number(x->max() / 24.0)));
    }
    view.setPoints({points}, TimeSeriesChartView::XRange::Fit);
    QCOMPARE(x->max(), 160 * 24.0);
    QCOMPARE(view.xLabels().last(), QStringLiteral("160 d"));
    QCOMPARE(view.shownPoints(0).last(), QPointF(152 * 24.0, 152 % 7));
    view.resize(800, 250);
    QApplication::processEvents();
    QCOMPARE(x->max(), 160 * 24.0);
    // A complete frame again changes nothing.
    view.setPoints({points}, TimeSeriesChartView::XRange::Fit);
    QCOMPARE(view.xLabels().last(), QStringLiteral("160 d"));
}

// A narrow chart measured the unrounded end ("152 d") and, with room for two steps of "80 d", drew
// one: 0 and 160 d with nothing between. The step count now follows the labels it really draws, each
// with twice its width to itself (Qt Charts cuts a label to "1..." with less).
void ChartStyleTest::narrowTimeAxisCountsTheLabelsItDraws()
{
    TimeSeriesChartView view;
    view.setXUnit(ChartStyle::Unit::Hours);
    view.resize(280, 220);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLines({{QStringLiteral("fifo"), ChartStyle::seriesColor(0)}});
    QList<QPointF> points;
    for (int day = 0; day <= 152; ++day)
        points.append(QPointF(day * 24.0 + 7.0, day % 7));  // ends at 152 d 7 h
    view.setPoints({points}, TimeSeriesChartView::XRange::Fit);
    QApplication::processEvents();
    const QStringList labels = view.xLabels();
    QVERIFY2(labels.size() >= 3 && labels.last() == QStringLiteral("160 d"), qPrintable(labels.join(QLatin1Char('|'))));
    const qreal step = view.chart()->plotArea().width() / qreal(labels.size() - 1);
    const QFontMetricsF metrics(view.chart()->axes(Qt::Horizontal).value(0)->labelsFont());
    for (const QString& label : labels)
        QVERIFY2(2.0 * (metrics.horizontalAdvance(label) + 8.0) <= step + 0.5, qPrintable(label));
}

// The Analyses tab builds its charts while disabled (no replay yet): once enabled their text is the
// palette's normal text, not the disabled grey they were styled with.
void ChartStyleTest::chartBuiltDisabledReadsOnceEnabled()
{
    QWidget parent;
    parent.setEnabled(false);
    auto* view = new TimeSeriesChartView(&parent);
    view->setTitle(QStringLiteral("JCT CDF"));
    parent.setEnabled(true);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    const QColor text = QApplication::palette().color(QPalette::Active, QPalette::Text);
    QVERIFY(QApplication::palette().color(QPalette::Disabled, QPalette::Text) != text);
    QCOMPARE(view->chart()->titleBrush().color(), text);
    for (QAbstractAxis* axis : view->chart()->axes())
        QCOMPARE(axis->labelsColor(), text);
}

// The file a user sends is light, whatever the theme on screen; the view on screen stays dark.
void ChartStyleTest::exportedChartIsLightWhileTheAppIsDark()
{
    StudioAppearance dark;
    dark.theme = StudioAppearance::Theme::Dark;
    dark.apply();
    TimeSeriesChartView view;
    view.setTitle(QStringLiteral("Waiting jobs"));
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLines({{QStringLiteral("fifo"), ChartStyle::seriesColor(6, ChartStyle::printPalette())}});
    view.setPoints({{QPointF(0, 3), QPointF(10, 40)}});
    const QColor darkBackground = ChartStyle::background(QApplication::palette());
    QCOMPARE(view.chart()->backgroundBrush().color(), darkBackground);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(ChartExport::save({&view}, 1, path));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(600, 400));
    // Corners and the middle of the plot are the light background.
    for (const QPoint& at : {QPoint(3, 3), QPoint(596, 3), QPoint(3, 396), QPoint(596, 396)})
        QCOMPARE(QColor(image.pixel(at)), QColor(Qt::white));
    int dark_pixels = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark_pixels += QColor(image.pixel(x, y)).lightness() < 60 ? 1 : 0;
    }
    QVERIFY(dark_pixels > 20);  // the text and the black line drawn as black, not as their dark twins
    // Back on screen the chart is dark again, and still follows the application palette.
    QCOMPARE(view.chart()->backgroundBrush().color(), darkBackground);
    QVERIFY(!view.testAttribute(Qt::WA_SetPalette));
    const QImage shown = view.grab().toImage();
    QCOMPARE(QColor(shown.pixel(3, 3)), darkBackground);
}

void ChartStyleTest::exportedLegendShowsEveryLine_data()
{
    QTest::addColumn<int>("policies");
    QTest::newRow("cost chart, 8 policies used and idle") << 8;
    QTest::newRow("two policies") << 2;
}

// The Trace Lab's cost chart names sixteen lines (each policy used and idle): in an exported file
// (800x500, a PNG at twice that) its one-row legend ran past the picture's edge. Every name is now
// drawn whole inside the legend and the picture; the screen's layout comes back afterwards.
void ChartStyleTest::exportedLegendShowsEveryLine()
{
    QFETCH(int, policies);
    const QStringList policyNames{QStringLiteral("fifo"), QStringLiteral("first-fit"), QStringLiteral("sjf"),
                                  QStringLiteral("easy-backfill"), QStringLiteral("priority"), QStringLiteral("srtf"),
                                  QStringLiteral("las"), QStringLiteral("fair")};
    QList<TimeSeriesChartView::Line> lines;
    QStringList names;
    for (int i = 0; i < policies; ++i)
        names << policyNames[i];
    for (int i = 0; i < policies; ++i)
        names << policyNames[i] + QStringLiteral(" idle");
    for (int i = 0; i < names.size(); ++i)
        lines.append({names[i], ChartStyle::seriesColor(i % 8)});
    TimeSeriesChartView view;
    view.setTitle(QStringLiteral("Cumulative cost (idle thin)"));
    view.setXUnit(ChartStyle::Unit::Hours);
    view.setYUnit(ChartStyle::Unit::Money);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLines(lines);
    QList<QList<QPointF>> points;
    for (int i = 0; i < names.size(); ++i)
        points.append({QPointF(0, 0), QPointF(3600, 1000.0 * (i + 1))});
    view.setPoints(points);
    QVERIFY(!view.chart()->legend()->isVisible());
    const Qt::Alignment screenAlignment = view.chart()->legend()->alignment();
    {
        const ChartExport::FileLayout file(&view, QSize(800, 500));
        const QLegend* legend = view.chart()->legend();
        QVERIFY(legend->isVisible());
        const QRectF picture(QPointF(0, 0), QSizeF(800, 500));
        const QRectF legendRect = legend->sceneBoundingRect();
        QVERIFY2(picture.contains(legendRect), qPrintable(QStringLiteral("legend at %1,%2 %3x%4")
                                                              .arg(legendRect.x()).arg(legendRect.y())
                                                              .arg(legendRect.width()).arg(legendRect.height())));
        for (const QString& name : std::as_const(names)) {
            const QList<QRectF> rects = textRects(view, name);
            QVERIFY2(rects.size() == 1, qPrintable(name + QStringLiteral(" is not drawn whole")));
            QVERIFY2(legendRect.contains(rects.first()),
                     qPrintable(QStringLiteral("%1 ends at %2,%3, the legend at %4,%5")
                                    .arg(name).arg(rects.first().right()).arg(rects.first().bottom())
                                    .arg(legendRect.right()).arg(legendRect.bottom())));
        }
    }
    QVERIFY(!view.chart()->legend()->isVisible());
    QCOMPARE(view.chart()->legend()->alignment(), screenAlignment);
    QCOMPARE(view.size(), QSize(300, 200));
}

QTEST_MAIN(ChartStyleTest)
#include "chartstyletest.moc"
