#include "databaseproblem.h"

#include <QCoreApplication>

namespace debrief::storage {

QString DatabaseProblem::message() const
{
    const char* what = nullptr;
    switch (kind) {
    case Kind::None: return {};
    case Kind::Unreadable: what = QT_TRANSLATE_NOOP("debrief::storage", "%1 cannot be read (%2)"); break;
    case Kind::NotSqlite:
        what = QT_TRANSLATE_NOOP("debrief::storage", "%1 is not a Debrief Studio database (%2)");
        break;
    case Kind::Corrupt: what = QT_TRANSLATE_NOOP("debrief::storage", "%1 is damaged (%2)"); break;
    case Kind::NewerVersion:
        what = QT_TRANSLATE_NOOP("debrief::storage", "%1 was written by a newer Debrief Studio (%2)");
        break;
    case Kind::CannotOpen: what = QT_TRANSLATE_NOOP("debrief::storage", "%1 cannot be opened (%2)"); break;
    case Kind::ReadOnly: what = QT_TRANSLATE_NOOP("debrief::storage", "%1 cannot be written: %2"); break;
    }
    return QCoreApplication::translate("debrief::storage", what).arg(path, detail);
}

}  // namespace debrief::storage
