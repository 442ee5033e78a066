// The scorecard exchange reader: every check `scorecard import` makes before it writes, under both
// rule sets (a file coming in, one a committee stored earlier).

#include "storage/scorecardexchange.h"
#include "storage/scorecardrejected.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace debrief;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const auto rules : {storage::ScorecardExchange::Rules::Import, storage::ScorecardExchange::Rules::Stored}) {
        try {
            const auto card = storage::ScorecardExchange::parse(json, QStringLiteral("card.json"), rules);
            if (card.interviewer.trimmed().isEmpty() || !card.startedAt.isValid()) {
                std::fprintf(stderr, "invariant broken: an accepted scorecard without interviewer or start time\n");
                std::abort();
            }
        } catch (const storage::ScorecardRejected& rejected) {
            if (rejected.issues().isEmpty()) {
                std::fprintf(stderr, "invariant broken: a rejection that names no problem\n");
                std::abort();
            }
        }
    }
    return 0;
}
