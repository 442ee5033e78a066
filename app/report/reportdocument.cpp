#include "reportdocument.h"

#include "reporterror.h"
#include "tablerow.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextOption>

#include <algorithm>

namespace debrief::report {

namespace {

constexpr qreal kMarginMm = 16.0;
constexpr qreal kFooterBandPoints = 22.0;  // reserved at the bottom of the paint rectangle
constexpr qreal kCellPaddingPoints = 3.0;

// QTextLayout only breaks lines at U+2028; one character for one keeps format ranges in place.
QString withLineSeparators(QString text)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

}  // namespace

PaperSize ReportDocument::paperFor(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Guatemala:
    case QLocale::CostaRica: return PaperSize::Letter;
    default: return PaperSize::A4;
    }
}

bool ReportDocument::paperFromKey(const QString& key, PaperSize& paper)
{
    const QString lower = key.trimmed().toLower();
    if (lower == QLatin1String("a4")) {
        paper = PaperSize::A4;
        return true;
    }
    if (lower == QLatin1String("letter")) {
        paper = PaperSize::Letter;
        return true;
    }
    return false;
}

QPageLayout ReportDocument::pageLayout(PaperSize paper)
{
    const QPageSize size(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm * 0.75),
                       QPageLayout::Millimeter);
}

QString ReportDocument::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ReportDocument::makeFolder(const QString& folder)
{
    if (QFileInfo(folder).isDir())
        return;
    if (QFileInfo::exists(folder))
        throw ReportError(
            tr("Cannot create the folder %1: a file has that name.").arg(QDir::toNativeSeparators(folder)));
    if (!QDir().mkpath(folder))
        throw ReportError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
}

ReportDocument::ReportDocument(const QString& fileName, PaperSize paper, const QString& footer)
    : m_fileName(fileName), m_footer(footer), m_file(std::make_unique<QSaveFile>(fileName))
{
    if (QFileInfo(fileName).isDir())
        throw ReportError(tr("Cannot write %1: it is a folder.").arg(QDir::toNativeSeparators(fileName)));
    if (!m_file->open(QIODevice::WriteOnly))
        throw ReportError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), m_file->errorString()));
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setPageLayout(pageLayout(paper));
    m_writer->setTitle(footer);
    m_writer->setCreator(QStringLiteral("Debrief Studio"));
    if (!m_painter.begin(m_writer.get())) {
        m_file->cancelWriting();
        throw ReportError(tr("Cannot write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(fileName)));
    }
    // The painter's origin is the paint rectangle's top left (inside the margins); the footer band is
    // taken from its bottom.
    const QRectF paint = m_writer->pageLayout().paintRectPixels(m_writer->resolution());
    m_content = QRectF(0.0, 0.0, paint.width(), paint.height() - points(kFooterBandPoints));
    startPage();
}

ReportDocument::~ReportDocument()
{
    if (m_painter.isActive())
        m_painter.end();
    if (!m_finished && m_file)
        m_file->cancelWriting();
}

qreal ReportDocument::points(qreal value) const
{
    return ReportStyle::points(*m_writer, value);
}

qreal ReportDocument::contentWidthPoints() const
{
    return m_content.width() / points(1.0);
}

qreal ReportDocument::remainingPoints() const
{
    return (m_content.bottom() - m_cursor) / points(1.0);
}

qreal ReportDocument::contentHeightPoints() const
{
    return m_content.height() / points(1.0);
}

void ReportDocument::startPage()
{
    ++m_pages;
    m_cursor = m_content.top();
    // The footer: a thin rule, the document's title on the left, the page number on the right.
    const qreal ruleY = m_content.bottom() + points(kFooterBandPoints * 0.35);
    m_painter.save();
    m_painter.setPen(QPen(ReportStyle::rule(), points(0.5)));
    m_painter.drawLine(QPointF(m_content.left(), ruleY), QPointF(m_content.right(), ruleY));
    m_painter.setFont(ReportStyle::font(ReportStyle::kSmallSize));
    m_painter.setPen(ReportStyle::mutedText());
    const QRectF footerRect(m_content.left(), ruleY + points(2.0), m_content.width(), points(kFooterBandPoints * 0.6));
    const QString page = tr("Page %1").arg(QLocale().toString(m_pages));
    const QFontMetricsF metrics(m_painter.font(), m_writer.get());
    const qreal pageWidth = metrics.horizontalAdvance(page) + points(12.0);
    m_painter.drawText(footerRect.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignTop,
                       metrics.elidedText(m_footer, Qt::ElideRight, footerRect.width() - pageWidth));
    m_painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, page);
    m_painter.restore();
}

void ReportDocument::newPage()
{
    if (!m_writer->newPage())
        throw ReportError(
            tr("Cannot write %1: a new page could not be started.").arg(QDir::toNativeSeparators(m_fileName)));
    startPage();
}

void ReportDocument::ensureSpace(qreal deviceHeight)
{
    if (m_cursor > m_content.top() && m_cursor + deviceHeight > m_content.bottom())
        newPage();
}

void ReportDocument::space(qreal value)
{
    m_cursor = std::min(m_cursor + points(value), m_content.bottom());
}

void ReportDocument::title(const QString& text, const QString& subtitle)
{
    flowText(text, ReportStyle::font(ReportStyle::kTitleSize, true), ReportStyle::text(), {}, 0.0);
    if (!subtitle.isEmpty()) {
        space(2.0);
        flowText(subtitle, ReportStyle::font(ReportStyle::kSubheadingSize), ReportStyle::mutedText(), {}, 0.0);
    }
    space(6.0);
    m_painter.setPen(QPen(ReportStyle::accent(), points(1.2)));
    m_painter.drawLine(QPointF(m_content.left(), m_cursor), QPointF(m_content.right(), m_cursor));
    space(10.0);
}

void ReportDocument::heading(const QString& text, qreal keepWithPoints)
{
    const QFont font = ReportStyle::font(ReportStyle::kHeadingSize, true);
    const qreal height = QFontMetricsF(font, m_writer.get()).height();
    if (m_cursor > m_content.top())
        space(10.0);
    ensureSpace(height + points(keepWithPoints));
    flowText(text, font, ReportStyle::accent(), {}, 0.0);
    m_painter.setPen(QPen(ReportStyle::rule(), points(0.6)));
    m_painter.drawLine(QPointF(m_content.left(), m_cursor + points(1.5)),
                       QPointF(m_content.right(), m_cursor + points(1.5)));
    space(7.0);
}

void ReportDocument::subheading(const QString& text, qreal keepWithPoints)
{
    const QFont font = ReportStyle::font(ReportStyle::kSubheadingSize, true);
    if (m_cursor > m_content.top())
        space(6.0);
    ensureSpace(QFontMetricsF(font, m_writer.get()).height() + points(keepWithPoints));
    flowText(text, font, ReportStyle::text(), {}, 0.0);
    space(3.0);
}

void ReportDocument::paragraph(const QString& text, const QList<QTextLayout::FormatRange>& formats, qreal pointSize,
                               const QColor& color)
{
    flowText(text, ReportStyle::font(pointSize), color, formats, 0.0);
    space(4.0);
}

void ReportDocument::bullets(const QStringList& items)
{
    const QFont font = ReportStyle::font(ReportStyle::kBodySize);
    const qreal indent = points(12.0);
    const QFontMetricsF metrics(font, m_writer.get());
    for (const QString& item : items) {
        ensureSpace(metrics.height());
        m_painter.setFont(font);
        m_painter.setPen(ReportStyle::text());
        m_painter.drawText(QRectF(m_content.left() + points(2.0), m_cursor, indent, metrics.height()),
                           Qt::AlignLeft | Qt::AlignTop, QString(QChar(0x2022)));
        flowText(item, font, ReportStyle::text(), {}, indent);
        space(2.0);
    }
    space(2.0);
}

qreal ReportDocument::layoutText(QTextLayout& layout, qreal width) const
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0.0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(width, points(10.0)));
        line.setPosition(QPointF(0.0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

void ReportDocument::flowText(const QString& text, const QFont& font, const QColor& color,
                              const QList<QTextLayout::FormatRange>& formats, qreal indent)
{
    QTextLayout layout(withLineSeparators(text), font, m_writer.get());
    layout.setFormats(formats);
    layoutText(layout, m_content.width() - indent);
    m_painter.setPen(color);
    m_painter.setFont(font);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        ensureSpace(line.height());
        line.draw(&m_painter, QPointF(m_content.left() + indent, m_cursor - line.y()));
        m_cursor += line.height();
    }
}

void ReportDocument::table(const ReportTable& table)
{
    const qsizetype columns = table.columnCount();
    if (columns == 0)
        return;
    qreal weightSum = 0.0;
    QList<qreal> weights;
    for (qsizetype c = 0; c < columns; ++c) {
        weights.append(c < table.columnWeights.size() && table.columnWeights[c] > 0 ? table.columnWeights[c] : 1.0);
        weightSum += weights.last();
    }
    QList<qreal> lefts, widths;
    qreal x = m_content.left();
    for (qsizetype c = 0; c < columns; ++c) {
        lefts.append(x);
        widths.append(m_content.width() * weights[c] / weightSum);
        x += widths.last();
    }
    const qreal padding = points(kCellPaddingPoints);
    const QFont body = ReportStyle::font(ReportStyle::kBodySize);
    const QFont bold = ReportStyle::font(ReportStyle::kBodySize, true);

    const auto layoutRow = [&](const QStringList& cells, bool header) {
        QList<std::shared_ptr<QTextLayout>> layouts;
        for (qsizetype c = 0; c < columns; ++c) {
            const bool strong = header || (c == 0 && table.firstColumnBold);
            layouts.append(TableRow::layoutCell(c < cells.size() ? cells[c] : QString(), strong ? bold : body,
                                                c < table.align.size() ? table.align[c] : Qt::AlignLeft,
                                                std::max(widths[c] - 2.0 * padding, points(10.0)), m_writer.get()));
        }
        return TableRow(layouts, padding);
    };
    const auto drawPart = [&](const TableRow& row, const TableRowPart& part, const QColor& fill) {
        const qreal height = std::min(part.height, m_content.bottom() - m_cursor);
        if (fill.isValid())
            m_painter.fillRect(QRectF(m_content.left(), m_cursor, m_content.width(), height), fill);
        m_painter.setPen(ReportStyle::text());
        m_painter.save();
        m_painter.setClipRect(QRectF(m_content.left(), m_cursor, m_content.width(), height));
        for (qsizetype c = 0; c < columns; ++c)
            row.drawCell(m_painter, part, c, QPointF(lefts[c], m_cursor));
        m_painter.restore();
        m_cursor += height;
        m_painter.setPen(QPen(ReportStyle::rule(), points(0.4)));
        m_painter.drawLine(QPointF(m_content.left(), m_cursor), QPointF(m_content.right(), m_cursor));
    };

    TableRow header;
    TableRowPart headerPart;
    if (!table.headers.isEmpty()) {
        header = layoutRow(table.headers, true);
        headerPart = header.takeAll();
    }
    const bool hasHeader = !table.headers.isEmpty();
    bool headerOnPage = false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        TableRow row = layoutRow(table.rows[r], false);
        const QColor fill = r % 2 == 1 ? ReportStyle::tableStripe() : QColor();
        // A row that does not fit in what is left of the page goes on on the next one, with the header
        // again, part by part until all its lines are drawn.
        while (!row.done()) {
            const qreal headerHeight = hasHeader && !headerOnPage ? headerPart.height : 0.0;
            const qreal room = m_content.bottom() - m_cursor - headerHeight;
            const qreal pageRoom = m_content.height() - (hasHeader ? headerPart.height : 0.0);
            const TableRow::Placement placement = row.place(room, pageRoom, m_cursor <= m_content.top());
            if (placement == TableRow::Placement::NextPage) {
                newPage();
                headerOnPage = false;
                continue;
            }
            const TableRowPart part =
                placement == TableRow::Placement::Whole ? row.takeAll() : row.take(room, m_cursor <= m_content.top());
            if (hasHeader && !headerOnPage) {
                drawPart(header, headerPart, ReportStyle::tableHeader());
                headerOnPage = true;
            }
            drawPart(row, part, fill);
            if (!row.done()) {
                newPage();
                headerOnPage = false;
            }
        }
        // A table that reaches the page's end continues on the next page with its header again.
        if (r + 1 < table.rows.size() && m_cursor >= m_content.bottom()) {
            newPage();
            headerOnPage = false;
        }
    }
    if (table.rows.isEmpty() && hasHeader) {
        ensureSpace(headerPart.height);
        drawPart(header, headerPart, ReportStyle::tableHeader());
    }
    space(6.0);
}

QRectF ReportDocument::reserve(qreal heightPoints)
{
    const qreal height = std::min(points(heightPoints), m_content.height());
    ensureSpace(height);
    const QRectF area(m_content.left(), m_cursor, m_content.width(), height);
    m_cursor += height;
    space(6.0);
    return area;
}

void ReportDocument::finish()
{
    if (m_finished)
        return;
    if (!m_painter.end())
        throw ReportError(
            tr("Cannot write %1: the PDF could not be finished.").arg(QDir::toNativeSeparators(m_fileName)));
    m_writer.reset();
    if (!m_file->commit())
        throw ReportError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_fileName), m_file->errorString()));
    m_finished = true;
}

}  // namespace debrief::report
