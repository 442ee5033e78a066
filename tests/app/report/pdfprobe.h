#pragma once

// Reads a PDF back with poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm), the way a person's
// viewer would: the text that can be selected, the page count and size, whether any raster image is
// embedded, and a page's picture. Tests QSKIP when the tools are not installed (scripts/lib/common.sh installs them).
#include <QColor>
#include <QImage>
#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdlib>

struct PdfProbe {
    static bool available() { return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(); }

    static QString run(const QString& tool, const QStringList& arguments)
    {
        QProcess process;
        process.start(tool, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("<%1 failed: %2>").arg(tool, QString::fromUtf8(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // All pages' text in reading order; `page` > 0: only that page.
    static QString text(const QString& pdf, int page = 0)
    {
        // -raw: the order the text was painted in, which for these reports is the reading order.
        QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        arguments << pdf << QStringLiteral("-");
        return run(QStringLiteral("pdftotext"), arguments);
    }

    static QString info(const QString& pdf) { return run(QStringLiteral("pdfinfo"), {pdf}); }

    static int pages(const QString& pdf)
    {
        const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                               .match(info(pdf));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    // "595.276 x 841.89 pts (A4)" as pdfinfo writes it.
    static QString pageSize(const QString& pdf)
    {
        const auto match =
            QRegularExpression(QStringLiteral("^Page size:\\s+(.*)$"), QRegularExpression::MultilineOption)
                .match(info(pdf));
        return match.hasMatch() ? match.captured(1).trimmed() : QString();
    }

    // The rows of `pdfimages -list` after its two header lines: one per embedded image.
    static QStringList images(const QString& pdf)
    {
        QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() >= 2 && lines[0].startsWith(QLatin1String("page")))
            lines.remove(0, 2);
        return lines;
    }

    // A word as `pdftotext -bbox` places it: its box in points from the page's top left.
    struct Word {
        QString text;
        QRectF box;
    };

    // Every word of page `page` with its box.
    static QList<Word> words(const QString& pdf, int page)
    {
        const QString html =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                 QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        static const QRegularExpression word(QStringLiteral(
            R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
        QList<Word> result;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
            const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
            QString text = match.captured(5);
            text.replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            result.append({text, QRectF(topLeft, bottomRight)});
        }
        return result;
    }

    // Page `page` as pdftoppm paints it at `dpi`: what a viewer shows, colours included; a null image
    // when it cannot be rendered.
    static QImage render(const QString& pdf, int page, int dpi = 36)
    {
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
        return QImage(prefix + QStringLiteral(".png"));
    }

    // How many pixels of `image` are `color`, give or take `tolerance` per channel (anti-aliased edges).
    static int pixelsOf(const QImage& image, const QColor& color, int tolerance = 8)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (std::abs(pixel.red() - color.red()) <= tolerance &&
                    std::abs(pixel.green() - color.green()) <= tolerance &&
                    std::abs(pixel.blue() - color.blue()) <= tolerance)
                    ++count;
            }
        return count;
    }

    // pdftotext breaks lines where the layout does; whitespace runs are folded so phrases can be found.
    static QString simplified(const QString& text)
    {
        return QString(text).replace(QChar(0x00ad), QString()).simplified();
    }
};
