// Scores a live session through the studio's own SessionController, one edit at a time (typing the
// answer, a note and a score now and then, the clock), printing "committed N" once edit N returned,
// until it is killed. Installs the studio's fatal-signal handler with its marker at argv[2]. Used by
// the crash tests in studiocrashtest.cpp; run with DEBRIEF_CRASH_AFTER_STATEMENTS it kills itself.
#include "editscript.h"
#include "interviewrecords.h"
#include "session/sessioncontroller.h"
#include "shell/crashmarker.h"

#include <storage/sessionstore.h>

#include <QApplication>

#include <cstdio>

using namespace debrief;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    studio::CrashMarker::install(QString::fromLocal8Bit(argv[2]));
    studio::InterviewRecords records(QString::fromLocal8Bit(argv[1]));
    if (!records.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(records.problem()));
        return 1;
    }
    // As the session setup page starts one: a live mock with one technical question.
    interview::Session session;
    session.mode = interview::SessionMode::LiveMock;
    session.candidate = QStringLiteral("Kill Nine");
    session.interviewers = {QStringLiteral("Dana")};
    session.rounds = {interview::RoundKind::Technical};
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.updatedAt = session.startedAt;
    interview::AskedQuestion asked;
    asked.round = interview::RoundKind::Technical;
    asked.questionId = records.content().questions(interview::RoundKind::Technical).value(0).id;
    session.questions << asked;
    const std::int64_t id = storage::SessionStore(records.database()).create(session);

    studio::SessionController controller(records);
    QObject::connect(&controller, &studio::SessionController::storageError, [](const QString& message) {
        std::fprintf(stderr, "storage error: %s\n", qPrintable(message));
        std::exit(3);
    });
    if (!controller.open(id))
        return 1;
    std::printf("session %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    for (int edit = 1; edit <= 100000; ++edit) {
        bool saved = controller.setAnswer(0, editscript::answerAfter(edit));
        if (edit % editscript::kNoteEvery == 0)
            saved =
                controller.addNote({QStringLiteral("Dana"), edit * 100, QStringLiteral("note %1").arg(edit)}) && saved;
        if (edit % 7 == 0) {
            interview::AnswerScore score;
            score.interviewer = QStringLiteral("Dana");
            score.depth = 1 + edit % 4;
            score.vision = 1 + edit % 2;
            saved = controller.setScore(0, score, QStringLiteral("Score")) && saved;
        }
        controller.setClock(edit * 100, 0);
        if (!saved)
            return 3;
        std::printf("committed %d\n", edit);
        std::fflush(stdout);
    }
    return 0;
}
