#pragma once

class QLineEdit;
class QString;

namespace debrief::studio {

// Sets an empty field's hint and keeps the field at least as wide as the hint's words, so no
// language cuts it. Call it again after a language switch, with the hint in the new language.
void setWholePlaceholder(QLineEdit* edit, const QString& hint);

}  // namespace debrief::studio
