#include "studiopage.h"

namespace debrief::studio {

bool StudioPage::openFile(const QString& path)
{
    Q_UNUSED(path);
    return false;
}

QString StudioPage::fileDialogFilter() const
{
    return {};
}

}  // namespace debrief::studio
