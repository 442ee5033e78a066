// The PDF building blocks (app/report): page geometry, flowing text and tables across pages, the
// footer, vector charts, and a failed write that leaves the target file alone.
#include "reportdocument.h"
#include "barchartpainter.h"
#include "depthvisiongridpainter.h"
#include "highlightedtable.h"
#include "maturityradarpainter.h"
#include "pdfprobe.h"
#include "reporterror.h"
#include "tablerow.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;
using namespace debrief::report;

class ReportDocumentTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void paperFollowsTheLocale()
    {
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::English, QLocale::UnitedStates)), PaperSize::Letter);
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::French, QLocale::Canada)), PaperSize::Letter);
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::German, QLocale::Germany)), PaperSize::A4);
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::Chinese, QLocale::China)), PaperSize::A4);
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), PaperSize::A4);
        PaperSize paper = PaperSize::A4;
        QVERIFY(ReportDocument::paperFromKey(QStringLiteral("Letter"), paper));
        QCOMPARE(paper, PaperSize::Letter);
        QVERIFY(ReportDocument::paperFromKey(QStringLiteral("a4"), paper));
        QCOMPARE(paper, PaperSize::A4);
        QVERIFY(!ReportDocument::paperFromKey(QStringLiteral("a3"), paper));
    }

    // Content height: A4 841.89 pt - 16 mm top (45.35 pt) - 12 mm bottom (34.02 pt) - 22 pt footer band
    // = 740.5 pt; Letter 792 pt - the same = 690.6 pt. Three 350 pt areas, each followed by 6 pt:
    // A4 fits two (350 + 6 + 350 = 706) then one on page 2; Letter fits one per page.
    void reservedAreasBreakPagesByPaperSize_data()
    {
        QTest::addColumn<PaperSize>("paper");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << PaperSize::A4 << 2 << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << PaperSize::Letter << 3 << QStringLiteral("612 x 792 pts (letter)");
    }
    void reservedAreasBreakPagesByPaperSize()
    {
        QFETCH(PaperSize, paper);
        QFETCH(int, pages);
        QFETCH(QString, size);
        const QString path = m_dir.filePath(QStringLiteral("areas-%1.pdf").arg(pages));
        ReportDocument document(path, paper, QStringLiteral("Areas"));
        QCOMPARE(document.contentWidthPoints() > 400.0, true);
        for (int i = 0; i < 3; ++i) {
            const QRectF area = document.reserve(350.0);
            QCOMPARE(qRound(area.height() / document.points(1.0)), 350);
        }
        document.finish();
        QCOMPARE(document.pageCount(), pages);
        QCOMPARE(PdfProbe::pages(path), pages);
        QCOMPARE(PdfProbe::pageSize(path), size);
    }

    // A 150-row table runs over several pages; every row arrives once, in order, and the header row
    // is repeated at the top of each page the table is on; each page's footer names its number.
    void tablesFlowOverPagesWithTheirHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
        ReportDocument document(path, PaperSize::A4, QStringLiteral("Table footer"));
        document.title(QStringLiteral("Long table"), QStringLiteral("subtitle line"));
        document.heading(QStringLiteral("Rows"));
        ReportTable table;
        table.headers = {QStringLiteral("Kolumn A"), QStringLiteral("Kolumn B")};
        table.columnWeights = {1.0, 3.0};
        for (int i = 1; i <= 150; ++i)
            table.rows.append({QStringLiteral("r%1").arg(i), QStringLiteral("value %1").arg(i * 7)});
        document.table(table);
        document.finish();

        const int pages = PdfProbe::pages(path);
        QCOMPARE(pages, document.pageCount());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        int next = 1;
        for (int page = 1; page <= pages; ++page) {
            const QString text = PdfProbe::text(path, page);
            QCOMPARE(text.count(QStringLiteral("Kolumn A")), 1);
            QVERIFY2(text.contains(QStringLiteral("Page %1").arg(page)), qPrintable(text.right(200)));
            QVERIFY(text.contains(QStringLiteral("Table footer")));
            const QStringList words = PdfProbe::simplified(text).split(QLatin1Char(' '));
            for (const QString& word : words)
                if (word == QStringLiteral("r%1").arg(next))
                    ++next;
        }
        QCOMPARE(next, 151);
        QVERIFY(PdfProbe::text(path).contains(QStringLiteral("value 1050")));  // 150 x 7
    }

    // A 2,500-word cell between short rows: the row starts on page 1 in the room left there and goes
    // on over the next pages, part by part, with the header on top of each; every word arrives once
    // and in order, and the rows after it follow. Before the fix the PDF stopped at the first page's end.
    void aRowTallerThanThePageContinuesOnTheNextPages()
    {
        const QString path = m_dir.filePath(QStringLiteral("long-row.pdf"));
        ReportDocument document(path, PaperSize::A4, QStringLiteral("Long row"));
        document.heading(QStringLiteral("Justifications"));
        document.table(longRowTable());
        document.finish();
        checkLongRow(path, document.pageCount());
    }

    // The same table through HighlightedTable, the long cell highlighted: its fill is painted on every
    // page the cell runs over, under the words of that page.
    void aHighlightedRowTallerThanThePageContinuesWithItsColour()
    {
        const QString path = m_dir.filePath(QStringLiteral("long-highlighted.pdf"));
        ReportDocument document(path, PaperSize::A4, QStringLiteral("Long highlighted row"));
        document.heading(QStringLiteral("Justifications"));
        HighlightedTable table(longRowTable());
        const QColor fill(0xff, 0xd0, 0x40);
        table.highlight(kLongRow, 1, {fill, QColor(0x80, 0x00, 0x00), false});
        table.write(document);
        document.finish();
        checkLongRow(path, document.pageCount());
        for (int page = 1; page <= document.pageCount(); ++page) {
            const QImage image = PdfProbe::render(path, page);
            QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("page %1 was not rendered").arg(page)));
            // At 36 dpi a full page's part of the cell (3/5 of the 510 pt width, some 600 pt high) is
            // about 150 x 300 pixels; the last page's part is shorter but still tens of lines.
            const int pixels = PdfProbe::pixelsOf(image, fill);
            QVERIFY2(pixels > 2000, qPrintable(QStringLiteral("page %1: %2 highlighted pixels").arg(page).arg(pixels)));
        }
    }

    // TableRow's rules in units of one line's height h (padding 3): a 6-line cell beside a 1-line cell
    // is 6h + 6 high; it is whole where that fits, moves while it is a quarter page at most, splits
    // when two lines fit here, and always makes progress at a page's top.
    void tableRowsSplitAtLineBoundaries()
    {
        QImage device(100, 100, QImage::Format_RGB32);
        const QFont font = ReportStyle::font(ReportStyle::kBodySize);
        TableRow row({TableRow::layoutCell(QStringLiteral("one\ntwo\nthree\nfour\nfive\nsix"), font, Qt::AlignLeft,
                                           200.0, &device),
                      TableRow::layoutCell(QStringLiteral("x"), font, Qt::AlignLeft, 200.0, &device)},
                     3.0);
        TableRow probe({TableRow::layoutCell(QStringLiteral("one"), font, Qt::AlignLeft, 200.0, &device)}, 0.0);
        const qreal h = probe.remainingHeight();
        QVERIFY(h > 6.0);
        QCOMPARE(row.remainingHeight(), 6 * h + 6.0);
        QCOMPARE(row.place(6 * h + 6.0, 100 * h, false), TableRow::Placement::Whole);
        QCOMPARE(row.place(6 * h + 5.0, 100 * h, false), TableRow::Placement::NextPage);  // 6h + 6 <= 25h
        QCOMPARE(row.place(6 * h + 5.0, 20 * h, false), TableRow::Placement::Split);      // 6h + 6 > 5h
        QCOMPARE(row.place(2 * h + 5.0, 20 * h, false), TableRow::Placement::NextPage);   // two lines: 2h + 6
        QCOMPARE(row.place(2 * h + 6.0, 20 * h, false), TableRow::Placement::Split);
        QCOMPARE(row.place(h / 2, 20 * h, true), TableRow::Placement::Split);

        const TableRowPart first = row.take(3.5 * h + 6.0);
        QCOMPARE(first.lines, (QList<std::pair<int, int>>{{0, 3}, {0, 1}}));
        QCOMPARE(first.height, 3 * h + 6.0);
        QVERIFY(!row.done());
        QCOMPARE(row.remainingHeight(), 3 * h + 6.0);
        const TableRowPart stuck = row.take(h / 2);  // nothing fits, nothing is taken
        QCOMPARE(stuck.lines, (QList<std::pair<int, int>>{{3, 3}, {1, 1}}));
        const TableRowPart forced = row.take(h / 2, true);  // at a page's top: one line anyway
        QCOMPARE(forced.lines, (QList<std::pair<int, int>>{{3, 4}, {1, 1}}));
        const TableRowPart rest = row.takeAll();
        QCOMPARE(rest.lines, (QList<std::pair<int, int>>{{4, 6}, {1, 1}}));
        QCOMPARE(rest.height, 2 * h + 6.0);
        QVERIFY(row.done());
    }

    // A row of a few lines that does not fit in the room left moves to the next page whole, with the
    // header: short rows are not split.
    void aShortRowThatDoesNotFitMovesWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("short-row.pdf"));
        ReportDocument document(path, PaperSize::A4, QStringLiteral("Short row"));
        document.reserve(document.remainingPoints() - 36.0);  // less than the header and three lines
        ReportTable table;
        table.headers = {QStringLiteral("Kolumn A"), QStringLiteral("Kolumn B")};
        table.rows.append({QStringLiteral("key"), QStringLiteral("line one\nline two\nline three")});
        document.table(table);
        document.finish();
        QCOMPARE(document.pageCount(), 2);
        QVERIFY(!PdfProbe::text(path, 1).contains(QStringLiteral("Kolumn A")));
        const QString second = PdfProbe::text(path, 2);
        QVERIFY2(second.contains(QStringLiteral("Kolumn A")), qPrintable(second));
        QVERIFY(second.contains(QStringLiteral("line one\nline two\nline three")));
    }

    // Text wraps inside the margins and "\n" starts a new line; a heading near the page's end moves to
    // the next page with what follows it.
    void paragraphsWrapAndHeadingsKeepWithTheirText()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.pdf"));
        ReportDocument document(path, PaperSize::A4, QStringLiteral("Text"));
        document.paragraph(QStringLiteral("first line\nsecond line"));
        const QString longText = QStringLiteral("word ").repeated(400).trimmed();
        document.paragraph(longText);
        document.reserve(document.remainingPoints() - 40.0);  // leaves 40 pt, less than the 90 kept
        QCOMPARE(document.pageCount(), 1);
        document.heading(QStringLiteral("Moved heading"));
        QCOMPARE(document.pageCount(), 2);
        document.paragraph(QStringLiteral("after the heading"));
        document.finish();
        const QString first = PdfProbe::text(path, 1);
        QVERIFY(first.contains(QStringLiteral("first line\nsecond line")));
        QCOMPARE(PdfProbe::simplified(first).count(QStringLiteral("word")), 400);
        QVERIFY(!first.contains(QStringLiteral("Moved heading")));
        QVERIFY(PdfProbe::text(path, 2).contains(QStringLiteral("Moved heading")));
    }

    // The chart painters draw paths and text only: the PDF holds no raster image, and the labels
    // they write are text a reader can select.
    void chartsAreVectorsWithSelectableText()
    {
        const QString path = m_dir.filePath(QStringLiteral("charts.pdf"));
        ReportDocument document(path, PaperSize::A4, QStringLiteral("Charts"));
        interview::VerdictCells cells{};
        for (auto& row : cells)
            row.fill(interview::Recommendation::No);
        cells[3][3] = interview::Recommendation::StrongYes;
        DepthVisionGridPainter grid(cells);
        grid.setInterviewers({QStringLiteral("Rina"), QStringLiteral("Sam")});
        grid.setMarks({{QStringLiteral("Q1"), QStringLiteral("Rina"), 4, 4, false},
                       {QStringLiteral("Q2"), QStringLiteral("Sam"), 2, 2, true},
                       {QStringLiteral("Q9"), QStringLiteral("Sam"), 5, 1, false}});
        grid.paint(document.painter(), document.reserve(300.0));

        MaturityRadarPainter radar;
        radar.setAxes({QStringLiteral("Axis North"), QStringLiteral("Axis East"), QStringLiteral("Axis South"),
                       QStringLiteral("Axis West")},
                      1, 5, 3);
        radar.setSeries({{QStringLiteral("Self"), QColor(Qt::blue), {4, 3, 2, 5}, Qt::DashLine},
                         {QStringLiteral("Interviewer"), QColor(Qt::darkGreen), {3, 3, 2, 0}, Qt::SolidLine}});
        radar.paint(document.painter(), document.reserve(260.0));

        BarChartPainter bars;
        bars.setBars({{QStringLiteral("Preemption"), 45.0, QStringLiteral("45.0 %"), {}},
                      {QStringLiteral("Gang scheduling"), 55.0, QStringLiteral("55.0 %"), {}}});
        bars.setMaximum(100.0);
        bars.setReferenceLine(50.0, QStringLiteral("half the budget"));
        bars.paint(document.painter(), document.reserve(BarChartPainter::preferredHeightPoints(2)));
        document.finish();

        QCOMPARE(PdfProbe::images(path), QStringList());
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        for (const QString& expected :
             {QStringLiteral("Strong Yes"), QStringLiteral("Vision"), QStringLiteral("Depth"), QStringLiteral("Q1"),
              QStringLiteral("Q2"), QStringLiteral("Rina"), QStringLiteral("Vision capped: evidence missing"),
              QStringLiteral("Axis North"), QStringLiteral("Axis West"), QStringLiteral("Level 3: the bar"),
              QStringLiteral("Self"), QStringLiteral("Interviewer"), QStringLiteral("Gang scheduling"),
              QStringLiteral("55.0 %"), QStringLiteral("half the budget")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Q9")));  // Depth 5 is outside the grid
    }

    // Ten scorers with long names: the legend wraps onto rows inside the content width (A4: 595.3 pt
    // wide, 16 mm = 45.35 pt margins, so x from 45.35 to 549.9 pt), every name and the capped-Vision key
    // are on the page, and the height asked for grows by one row pitch per row past the first.
    void theGridLegendWrapsWithManyScorers()
    {
        const QStringList scorers{
            QStringLiteral("Alexandra Konstantinopoulou"),      QStringLiteral("Bartholomew Featherstonehaugh"),
            QStringLiteral("Chiamaka Oluwaseun-Adeyemi"),       QStringLiteral("Dmitri Vasilievich Sokolovsky"),
            QStringLiteral("Esperanza Villanueva-Castellanos"), QStringLiteral("Friedrich Wilhelm Oberhauser"),
            QStringLiteral("Guinevere Montgomery-Ashworth"),    QStringLiteral("Hiroshi Takahashi-Yamamoto"),
            QStringLiteral("Ingrid Sigurdardottir-Lindqvist"),  QStringLiteral("Jean-Baptiste Delacroix-Moreau")};
        interview::VerdictCells cells{};
        for (auto& row : cells)
            row.fill(interview::Recommendation::Yes);
        QList<DepthVisionMark> marks;
        for (qsizetype i = 0; i < scorers.size(); ++i)
            marks.append({QStringLiteral("Q1"), scorers[i], int(i % 4) + 1, 3, i == 9});

        const QString path = m_dir.filePath(QStringLiteral("legend.pdf"));
        ReportDocument document(path, PaperSize::A4, QStringLiteral("Legend"));
        DepthVisionGridPainter grid(cells);
        grid.setInterviewers(scorers);
        grid.setMarks(marks);
        const qreal height = grid.heightPoints(*document.painter().device(), document.contentWidthPoints(), 300.0);
        DepthVisionGridPainter twoScorers(cells);
        twoScorers.setInterviewers(scorers.mid(0, 2));
        QCOMPARE(twoScorers.heightPoints(*document.painter().device(), document.contentWidthPoints(), 300.0), 300.0);
        grid.paint(document.painter(), document.reserve(height));
        document.finish();

        QCOMPARE(PdfProbe::pages(path), 1);
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        for (const QString& expected : scorers + QStringList{QStringLiteral("Vision capped: evidence missing")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + text));

        const QList<PdfProbe::Word> words = PdfProbe::words(path, 1);
        QVERIFY(words.size() > 30);
        QSet<QString> nameWords;
        for (const QString& scorer : scorers)
            for (const QString& part : scorer.split(QLatin1Char(' ')))
                nameWords.insert(part);
        QList<qreal> rowTops;
        for (const PdfProbe::Word& word : words) {
            if (word.text == QStringLiteral("Legend") || word.text.startsWith(QStringLiteral("Page")) ||
                word.text == QStringLiteral("1"))
                continue;  // the footer
            QVERIFY2(word.box.left() >= 45.35 - 0.5 && word.box.right() <= 549.92 + 0.5,
                     qPrintable(
                         QStringLiteral("%1 at x %2 to %3").arg(word.text).arg(word.box.left()).arg(word.box.right())));
            if (nameWords.contains(word.text) && !rowTops.contains(qRound(word.box.top() * 10) / 10.0))
                rowTops.append(qRound(word.box.top() * 10) / 10.0);
        }
        std::sort(rowTops.begin(), rowTops.end());
        // Ten names of some 110-130 pt each with their swatches and gaps: at least three rows of 505 pt.
        QVERIFY2(rowTops.size() >= 3, qPrintable(QString::number(rowTops.size())));
        const qreal pitch = rowTops[1] - rowTops[0];
        for (qsizetype i = 2; i < rowTops.size(); ++i)
            QVERIFY(qAbs(rowTops[i] - rowTops[i - 1] - pitch) < 0.3);
        // The key may open a row of its own; it is on the last row.
        qreal keyTop = 0.0;
        for (const PdfProbe::Word& word : words)
            if (word.text == QStringLiteral("capped:"))
                keyTop = word.box.top();
        QVERIFY(keyTop >= rowTops.last() - 0.3);
        const qsizetype rows = qRound((keyTop - rowTops.first()) / pitch) + 1;
        QVERIFY2(qAbs(height - 300.0 - (rows - 1) * pitch) < 0.5,
                 qPrintable(QStringLiteral("%1 for %2 rows of %3 pt").arg(height).arg(rows).arg(pitch)));
    }

    // An export to a folder that does not exist fails with the path in the message; an existing file
    // is only replaced by a finished document.
    void failedWritesNameTheFileAndKeepTheOldOne()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
        try {
            ReportDocument document(missing, PaperSize::A4, QStringLiteral("x"));
            QFAIL("a document in a missing folder was opened");
        } catch (const ReportError& error) {
            QVERIFY2(error.message().contains(QDir::toNativeSeparators(missing)), qPrintable(error.message()));
        }
        try {
            ReportDocument document(m_dir.path(), PaperSize::A4, QStringLiteral("x"));
            QFAIL("a folder was opened as a PDF");
        } catch (const ReportError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("folder")), qPrintable(error.message()));
        }

        const QString existing = m_dir.filePath(QStringLiteral("keep.pdf"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old contents");
        }
        {
            ReportDocument abandoned(existing, PaperSize::A4, QStringLiteral("x"));
            abandoned.paragraph(QStringLiteral("never finished"));
        }
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old contents"));
    }

private:
    static constexpr qsizetype kLongRow = 3;  // after three short rows, before three more
    static constexpr int kLongWords = 2500;

    // "FIRSTMARK w1 w2 ... w1250 MIDDLEMARK w1251 ... w2500 ENDMARK" in the second column of row 3.
    static ReportTable longRowTable()
    {
        QStringList words{QStringLiteral("FIRSTMARK")};
        for (int i = 1; i <= kLongWords; ++i) {
            words << QStringLiteral("w%1").arg(i);
            if (i == kLongWords / 2)
                words << QStringLiteral("MIDDLEMARK");
        }
        words << QStringLiteral("ENDMARK");
        ReportTable table;
        table.headers = {QStringLiteral("Kolumn A"), QStringLiteral("Kolumn B")};
        table.columnWeights = {2.0, 3.0};
        for (int i = 1; i <= 3; ++i)
            table.rows.append({QStringLiteral("before%1").arg(i), QStringLiteral("short")});
        table.rows.append({QStringLiteral("long-row-key"), words.join(QLatin1Char(' '))});
        for (int i = 1; i <= 3; ++i)
            table.rows.append({QStringLiteral("after%1").arg(i), QStringLiteral("short")});
        return table;
    }

    // What longRowTable() must read like in the PDF at `path` of `pages` pages.
    static void checkLongRow(const QString& path, int pages)
    {
        QCOMPARE(PdfProbe::pages(path), pages);
        // 2,500 words of 2-5 characters at 9.5 pt are some 16,000 pt of text in a 300 pt column: about
        // 55 lines of 12 pt each, 220 lines, more than three pages of 740 pt.
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(PdfProbe::text(path, page).count(QStringLiteral("Kolumn A")) == 1,
                     qPrintable(QStringLiteral("the header on page %1").arg(page)));
        // The row starts on page 1, in the room the short rows left.
        const QString first = PdfProbe::text(path, 1);
        QVERIFY2(first.contains(QStringLiteral("FIRSTMARK")), qPrintable(first));
        QVERIFY(!first.contains(QStringLiteral("ENDMARK")));
        QVERIFY(PdfProbe::text(path, pages).contains(QStringLiteral("after3")));

        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        QList<int> numbers;
        const QRegularExpression word(QStringLiteral("\\bw(\\d+)\\b"));
        for (auto it = word.globalMatch(text); it.hasNext();)
            numbers << it.next().captured(1).toInt();
        QList<int> expected;
        for (int i = 1; i <= kLongWords; ++i)
            expected << i;
        QCOMPARE(numbers, expected);  // every word once, in order
        const QStringList order{QStringLiteral("before3"),   QStringLiteral("long-row-key"),
                                QStringLiteral("FIRSTMARK"), QStringLiteral("MIDDLEMARK"),
                                QStringLiteral("ENDMARK"),   QStringLiteral("after1"),
                                QStringLiteral("after3")};
        qsizetype at = -1;
        for (const QString& marker : order) {
            QCOMPARE(text.count(marker), 1);
            const qsizetype next = text.indexOf(marker);
            QVERIFY2(next > at, qPrintable(marker));
            at = next;
        }
        QVERIFY(text.indexOf(QStringLiteral("w1250 MIDDLEMARK w1251")) > 0);
        QVERIFY(text.indexOf(QStringLiteral("w2500 ENDMARK")) > 0);
        QCOMPARE(PdfProbe::images(path), QStringList());
    }

    QTemporaryDir m_dir;
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ReportDocumentTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "reportdocumenttest.moc"
