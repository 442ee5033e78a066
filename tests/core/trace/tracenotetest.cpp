// Each note kind the importers write, said in English by trace::noteText: the exact sentence the CLI
// prints (inspect, --json), numbers grouped, "job"/"jobs" by count.
#include "trace/tracenote.h"

#include <QtTest>

using namespace debrief::trace;

Q_DECLARE_METATYPE(debrief::trace::NoteKind)

class TraceNoteTest : public QObject {
    Q_OBJECT

private slots:
    void englishSentence_data()
    {
        QTest::addColumn<NoteKind>("kind");
        QTest::addColumn<quint64>("count");
        QTest::addColumn<quint64>("total");
        QTest::addColumn<QString>("english");
        QTest::newRow("cpu only") << NoteKind::CpuOnlyJobs << quint64(1088) << quint64(8152)
                                  << "1,088 of 8,152 jobs use no GPU (CPU only); --gpu-jobs-only leaves them out of "
                                     "a replay";
        QTest::newRow("never started, one")
            << NoteKind::NeverStarted << quint64(1) << quint64(0)
            << "1 job never started (no start time): kept with run time 0 and no trace start";
        QTest::newRow("never started, many")
            << NoteKind::NeverStarted << quint64(1234567) << quint64(0)
            << "1,234,567 jobs never started (no start time): kept with run time 0 and no trace start";
        QTest::newRow("no end time") << NoteKind::NoEndTime << quint64(2) << quint64(0)
                                     << "2 jobs with no end time (unfinished when the trace was cut): kept with run "
                                        "time 0";
        QTest::newRow("bad rows") << NoteKind::BadRowsSkipped << quint64(17) << quint64(0)
                                  << "17 bad rows skipped (lenient import)";
        QTest::newRow("philly rules") << NoteKind::PhillyRules << quint64(0) << quint64(0)
                                      << "Philly: run time = sum of all attempts' run times, GPUs = the most any "
                                         "attempt used, trace start = the first attempt's start";
        QTest::newRow("philly retried") << NoteKind::PhillyRetried << quint64(1) << quint64(0)
                                        << "1 job with more than one attempt";
        QTest::newRow("philly no attempts")
            << NoteKind::PhillyNoAttempts << quint64(3) << quint64(0)
            << "3 jobs with no attempts (never scheduled): kept with 0 GPUs and run time 0";
        QTest::newRow("philly open attempt")
            << NoteKind::PhillyOpenAttempt << quint64(1) << quint64(0)
            << "1 job with an attempt with no end_time (still running when the log was cut): that attempt adds no "
               "run time";
        QTest::newRow("pai no job table") << NoteKind::PaiNoJobTable << quint64(0) << quint64(0)
                                          << "PAI: no job table given, so jobs have no user";
        QTest::newRow("pai not in job table, one") << NoteKind::PaiNotInJobTable << quint64(1) << quint64(0)
                                                   << "1 task has no row in the job table (no user)";
        QTest::newRow("pai not in job table, many") << NoteKind::PaiNotInJobTable << quint64(1000) << quint64(0)
                                                    << "1,000 tasks have no row in the job table (no user)";
        QTest::newRow("openb rules") << NoteKind::OpenbRules << quint64(0) << quint64(0)
                                     << "openb: submit = creation_time, run time = deletion_time - scheduled_time, "
                                        "GPUs = num_gpu x gpu_milli/1000 rounded up per GPU (shares are packed only "
                                        "on a node list: share, replay --node-list --share-gpus)";
        QTest::newRow("pai task rows") << NoteKind::PaiTaskRows << quint64(0) << quint64(0)
                                       << "PAI: each task row is one job (the tasks of a job share its id); GPUs = "
                                          "inst_num x plan_gpu/100 rounded up per instance";
        QTest::newRow("pai no submit time")
            << NoteKind::PaiNoSubmitTime << quint64(0) << quint64(0)
            << "PAI has no submit time: submit = the task's start_time, so the trace itself shows no queueing (a task "
               "that never started cannot be placed and is a bad row)";
    }

    void englishSentence()
    {
        QFETCH(NoteKind, kind);
        QFETCH(quint64, count);
        QFETCH(quint64, total);
        QFETCH(QString, english);
        QCOMPARE(QString::fromStdString(noteText(TraceNote{kind, count, total})), english);
    }

    // Every kind has a sentence (a kind added without one would print an empty line).
    void everyKindHasASentence()
    {
        for (int kind = 0; kind <= int(NoteKind::PaiNoSubmitTime); ++kind)
            QVERIFY2(!noteText(TraceNote{NoteKind(kind), 2, 3}).empty(), qPrintable(QString::number(kind)));
    }
};

QTEST_APPLESS_MAIN(TraceNoteTest)
#include "tracenotetest.moc"
