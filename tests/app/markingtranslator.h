#pragma once

// A translator that marks every studio string with "[x] ", so a test can see which texts a page
// retranslates when the language changes at run time (install it: LanguageChange reaches every
// widget; remove it: the texts must come back unmarked).
#include <QByteArray>
#include <QString>
#include <QTranslator>

class MarkingTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    static QString marked(const QString& text) { return QStringLiteral("[x] ") + text; }
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        // Numbers with their units (QuantityFormat) are left as they are, as the old DisplayFormat was.
        const QByteArray name(context);
        if ((name.startsWith("debrief::studio") || name.startsWith("debrief::report") ||
             name.startsWith("debrief::interview")) &&
            name != "debrief::interview::QuantityFormat")
            return marked(QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }
};
