#pragma once

#include <QString>

namespace debrief::interview {
class ContentLibrary;
}

namespace debrief::cli {

// The studio's embedded interview content, loaded once per language: "en" (the default) for what reads
// ids (committee reviews, scorecard import), the PDF's language for the PDFs, so their questions and
// descriptors read like the rest of the page. Throws std::runtime_error listing every content problem
// when it does not load, a missing or broken translation included: a command that needs it stops
// before it writes anything.
const interview::ContentLibrary& shippedContent(const QString& language = QStringLiteral("en"));

}  // namespace debrief::cli
