#pragma once

namespace debrief::interview {
class ContentLibrary;
}

namespace debrief::cli {

// The studio's embedded interview content, loaded once. Throws std::runtime_error listing every
// content problem when it does not load: a command that needs it (committee reviews, importing a
// scorecard whose ids must name it) stops before it writes anything.
const interview::ContentLibrary& shippedContent();

}  // namespace debrief::cli
