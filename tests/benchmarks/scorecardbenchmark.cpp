// Scorecard PDFs: 50 sessions exported to 50 PDF files in one process (the database read, the rules,
// the layout and the PDF writing; fonts embedded). Sessions are the demo candidate's three, copied
// under 50 candidate names, so every export has real answers, notes, matrix levels and drills.
#include "reportdocument.h"
#include "scorecardreport.h"

#include "interview/contentlibrary.h"
#include "storage/database.h"
#include "storage/democandidate.h"
#include "storage/sessionstore.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace {

using namespace debrief;

constexpr int kSessions = 50;

void BM_ScorecardPdf50Sessions(benchmark::State& state)
{
    QTemporaryDir dir;
    storage::Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!database.open()) {
        state.SkipWithError("the benchmark database could not be opened");
        return;
    }
    storage::DemoCandidate::fill(database);
    const storage::SessionStore store(database);
    const QList<storage::SessionSummary> demo = store.list();
    QList<std::int64_t> ids;
    for (int i = 0; i < kSessions; ++i) {
        interview::Session session = store.load(demo[i % demo.size()].id);
        session.id = 0;
        session.candidate = QStringLiteral("Candidate %1").arg(i + 1);
        ids << store.create(session);
    }
    interview::ContentLibrary content;
    if (!content.loadShipped()) {
        state.SkipWithError("the shipped content did not load");
        return;
    }
    const report::ScorecardReport report(database, content);
    std::int64_t pages = 0;
    for (auto _ : state) {
        for (int i = 0; i < kSessions; ++i)
            pages += report.write(ids[i], dir.filePath(QStringLiteral("scorecard-%1.pdf").arg(i + 1)),
                                  report::PaperSize::A4);
    }
    state.SetItemsProcessed(state.iterations() * kSessions);
    state.counters["pages_per_export"] = double(pages) / double(state.iterations() * kSessions);
}
BENCHMARK(BM_ScorecardPdf50Sessions)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

int main(int argc, char** argv)
{
    // Fonts need a QGuiApplication; offscreen works without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return EXIT_FAILURE;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return EXIT_SUCCESS;
}
