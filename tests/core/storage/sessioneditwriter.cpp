// Saves one keystroke at a time into a session until it is killed, printing "committed N" after
// each edit's transaction has committed. Used by the kill -9 test in sessionstoretest.cpp.
#include "editscript.h"
#include "storage/database.h"
#include "storage/sessionstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    debrief::storage::Database database(QString::fromLocal8Bit(argv[1]));
    if (!database.open())
        return 1;
    const debrief::storage::SessionStore sessions(database);
    debrief::interview::Session session;
    session.mode = debrief::interview::SessionMode::LiveMock;
    session.candidate = QStringLiteral("Kill Nine");
    session.rounds = {debrief::interview::RoundKind::Technical};
    session.questions << debrief::interview::AskedQuestion{
        debrief::interview::RoundKind::Technical, QStringLiteral("technical-job-flow"), 0, -1, {}, {}};
    const std::int64_t id = sessions.create(session);
    std::printf("session %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    for (int edit = 1;; ++edit) {
        sessions.setAnswer(id, 0, editscript::answerAfter(edit));
        if (edit % editscript::kNoteEvery == 0)
            sessions.addNote(id, {QStringLiteral("Dana"), edit * 100, QStringLiteral("note %1").arg(edit)});
        sessions.setClock(id, edit * 100, 0);
        std::printf("committed %d\n", edit);
        std::fflush(stdout);
    }
}
