#include "sessiontimeboxes.h"

#include <QSettings>

namespace debrief::studio {

namespace {
QString group(std::int64_t sessionId)
{
    return QStringLiteral("sessions/%1/").arg(sessionId);
}
}  // namespace

SessionTimeBoxes SessionTimeBoxes::defaults()
{
    const QSettings settings;
    SessionTimeBoxes boxes;
    boxes.questionSeconds = settings.value(QStringLiteral("timeboxes/questionSeconds"), 0).toInt();
    boxes.totalSeconds = settings.value(QStringLiteral("timeboxes/totalSeconds"), 45 * 60).toInt();
    return boxes;
}

SessionTimeBoxes SessionTimeBoxes::load(std::int64_t sessionId)
{
    const QSettings settings;
    const SessionTimeBoxes fallback = defaults();
    SessionTimeBoxes boxes;
    boxes.questionSeconds =
        settings.value(group(sessionId) + QStringLiteral("questionSeconds"), fallback.questionSeconds).toInt();
    boxes.totalSeconds =
        settings.value(group(sessionId) + QStringLiteral("totalSeconds"), fallback.totalSeconds).toInt();
    return boxes;
}

void SessionTimeBoxes::save(std::int64_t sessionId) const
{
    QSettings settings;
    settings.setValue(group(sessionId) + QStringLiteral("questionSeconds"), questionSeconds);
    settings.setValue(group(sessionId) + QStringLiteral("totalSeconds"), totalSeconds);
}

}  // namespace debrief::studio
