#include "demolivesession.h"

#include "sessiontimeboxes.h"

#include "interview/contentlibrary.h"
#include "storage/sessionstore.h"

namespace debrief::studio {

std::int64_t DemoLiveSession::create(const storage::Database& database, const interview::ContentLibrary& content)
{
    const QString dana = QStringLiteral("Dana Okafor");
    interview::Session session;
    session.mode = interview::SessionMode::LiveMock;
    session.candidate = QStringLiteral("Priya Raman");
    session.interviewers = {dana, QStringLiteral("Lukas Brandt")};
    session.rounds = {interview::RoundKind::Technical};
    session.startedAt = QDateTime::currentDateTimeUtc().addSecs(-12 * 60);
    session.updatedAt = QDateTime::currentDateTimeUtc();
    session.elapsedMs = (11 * 60 + 40) * 1000;
    session.currentQuestion = 1;
    const QList<interview::Question> bank = content.questions(interview::RoundKind::Technical);
    for (qsizetype i = 0; i < std::min<qsizetype>(3, bank.size()); ++i) {
        interview::AskedQuestion asked;
        asked.round = interview::RoundKind::Technical;
        asked.questionId = bank[i].id;
        session.questions << asked;
    }
    if (session.questions.size() >= 2) {
        session.questions[0].askedAtMs = 0;
        session.questions[0].answeredAtMs = 6 * 60 * 1000;
        session.questions[0].answer = QStringLiteral("I'd start from the queue, not the kernels.");
        session.questions[0].scores << interview::AnswerScore{dana, 3, 2, 0, QString(), false};
        session.questions[1].askedAtMs = 6 * 60 * 1000;
        session.questions[1].answer = QStringLiteral(
            "With strict FIFO the 256-GPU job blocks everything behind it while 180 GPUs idle. I would add EASY "
            "backfill so small jobs jump ahead when they finish before the big job's reserved start. On last "
            "month's trace that should cut median queue time by roughly 20 %, which the research team and SRE "
            "would both see in their p95 queueing delay.");
        session.questions[1].scores << interview::AnswerScore{
            dana,
            3,
            3,
            std::uint8_t(int(interview::VisionEvidence::ProposedPolicy) |
                         int(interview::VisionEvidence::QuantifiedGain)),
            QStringLiteral("proposed EASY backfill and quantified ~20 % queue time"),
            false};
    }
    session.notes << interview::SessionNote{dana, (3 * 60 + 20) * 1000,
                                            QStringLiteral("Starts with the queue, not kernels.")}
                  << interview::SessionNote{
                         dana, (9 * 60 + 5) * 1000,
                         QStringLiteral("Backfill estimate: 20 % median queue time - ask for the basis.")};
    const std::int64_t id = storage::SessionStore(database).create(session);
    SessionTimeBoxes boxes;
    boxes.questionSeconds = 5 * 60;
    boxes.totalSeconds = 45 * 60;
    boxes.save(id);
    return id;
}

}  // namespace debrief::studio
