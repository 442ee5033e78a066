#pragma once

#include "reportstyle.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <memory>

class QPdfWriter;
class QSaveFile;

// A PDF written top to bottom: a title, headings, wrapping text and tables that flow onto new pages,
// areas reserved for vector charts, and a footer (document title, page number) on every page.
// Everything is painted in device units computed from the page layout, never in QPdfWriter's default
// coordinates, because QPdfWriter paints at 1200 dpi. The file is written through QSaveFile: an
// existing file is replaced only when finish() succeeds, so a failed export never leaves half a PDF.
namespace debrief::report {

enum class PaperSize { A4, Letter };

class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::ReportDocument)

public:
    // Letter where people print on it (the US, Canada, Mexico, parts of Latin America, the
    // Philippines), A4 everywhere else.
    static PaperSize paperFor(const QLocale& locale);
    // "a4" / "letter" (any case) -> true and `paper`; anything else -> false.
    static bool paperFromKey(const QString& key, PaperSize& paper);
    static QPageLayout pageLayout(PaperSize paper);
    // The folder exports suggest: the user's Documents folder, or the home folder where there is none.
    static QString defaultFolder();
    // Creates `folder` and its parents when missing (a fresh account has no Documents folder yet);
    // throws ReportError naming the folder when it cannot.
    static void makeFolder(const QString& folder);

    // Opens `fileName` for writing; throws ReportError naming the file when it cannot be opened.
    // `footer` is printed at the bottom left of each page and is the PDF's title.
    ReportDocument(const QString& fileName, PaperSize paper, const QString& footer);
    ~ReportDocument();  // without finish(): the target file is left as it was
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    void title(const QString& text, const QString& subtitle = {});
    // A section heading; moved to the next page when fewer than `keepWithPoints` would follow it.
    void heading(const QString& text, qreal keepWithPoints = 90.0);
    void subheading(const QString& text, qreal keepWithPoints = 60.0);
    // Wrapping text; '\n' breaks the line. `formats` mark ranges (bold, underline, colour).
    void paragraph(const QString& text, const QList<QTextLayout::FormatRange>& formats = {},
                   qreal pointSize = ReportStyle::kBodySize, const QColor& color = ReportStyle::text());
    void mutedParagraph(const QString& text) { paragraph(text, {}, ReportStyle::kSmallSize, ReportStyle::mutedText()); }
    void bullets(const QStringList& items);
    void table(const ReportTable& table);
    // A full-width area `heightPoints` high for a chart painter, on a new page when it does not fit.
    QRectF reserve(qreal heightPoints);
    void space(qreal points);
    void newPage();

    // Ends the last page and replaces the target file; throws ReportError when that fails.
    void finish();

    QPainter& painter() { return m_painter; }
    qreal points(qreal value) const;    // points -> device units
    qreal contentWidthPoints() const;   // the width between the margins, in points
    qreal remainingPoints() const;      // what is left on this page, in points
    qreal contentHeightPoints() const;  // a whole page's height between the top margin and the footer
    bool atPageTop() const { return m_cursor <= m_content.top(); }  // nothing drawn on this page yet
    int pageCount() const { return m_pages; }
    QString fileName() const { return m_fileName; }

private:
    void startPage();
    void ensureSpace(qreal deviceHeight);
    void flowText(const QString& text, const QFont& font, const QColor& color,
                  const QList<QTextLayout::FormatRange>& formats, qreal indent);
    qreal layoutText(QTextLayout& layout, qreal width) const;  // lines stacked from 0; returns the height

    QString m_fileName;
    QString m_footer;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QRectF m_content;  // device units, origin at the paint rectangle's top left
    qreal m_cursor = 0.0;
    int m_pages = 0;
    bool m_finished = false;
};

}  // namespace debrief::report
