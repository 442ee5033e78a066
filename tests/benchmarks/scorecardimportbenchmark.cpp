// Scorecard import with the exchange caps: a file with every field and list at its cap, and one at
// half of every cap, each imported into a fresh database (parse, checks, one transaction). The
// caps promise a file at the caps imports in well under 5 s and twice the content takes at most
// 2.2x the time (linear); the README reports both figures from one run.
#include "exchangefiles.h"

#include "interview/contentlibrary.h"
#include "storage/database.h"
#include "storage/scorecardexchange.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace {

using namespace debrief;

void BM_ScorecardImportAtCaps(benchmark::State& state)
{
    interview::ContentLibrary content;
    if (!content.loadShipped()) {
        state.SkipWithError("the shipped content did not load");
        return;
    }
    const double share = double(state.range(0)) / 100.0;
    const QByteArray file = testing::scorecardAtCaps(content, share);
    QTemporaryDir dir;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        storage::Database database(dir.filePath(QStringLiteral("import-%1.sqlite").arg(++run)));
        if (!database.open()) {
            state.SkipWithError("the benchmark database could not be opened");
            return;
        }
        state.ResumeTiming();
        benchmark::DoNotOptimize(storage::ScorecardExchange(database).importScorecard(file, content).answers);
    }
    state.SetBytesProcessed(state.iterations() * file.size());
    state.counters["file_bytes"] = double(file.size());
}
BENCHMARK(BM_ScorecardImportAtCaps)->Arg(50)->Arg(100)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return EXIT_FAILURE;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return EXIT_SUCCESS;
}
