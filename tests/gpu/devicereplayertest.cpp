// Live device replay: without a usable device it refuses with the reason (never CPU numbers passed
// off as measurements); with one, every job is measured and starts no earlier than it was
// submitted. The device case skips (QSKIP) where no device exists.
#include "../core/replay/testtraces.h"

#include "devicereplayer.h"

#include <QtTest>

using debrief::gpu::DeviceDiscovery;
using debrief::gpu::DeviceReplayer;
using debrief::gpu::DeviceReplayOptions;
using debrief::gpu::DeviceStatus;
using debrief::replay::PolicyKind;

class DeviceReplayerTest : public QObject {
    Q_OBJECT

private slots:
    void withoutADeviceItSaysWhy()
    {
        DeviceDiscovery none;
        none.status = DeviceStatus::NoDevice;
        none.reason = "the driver reports no CUDA device";
        const DeviceReplayer replayer(none);
        QVERIFY(!replayer.deviceUsable());
        const auto result = replayer.run(debrief::replay::test::randomTrace(1, 20, 8, 10.0), {});
        QVERIFY(!result.ran);
        QCOMPARE(result.reason, none.reason);
        QVERIFY(result.jobs.empty());
    }

    void measuresEveryJobOnTheDevice()
    {
        const DeviceReplayer replayer;
        if (!replayer.deviceUsable())
            QSKIP(qPrintable("no usable CUDA device: " + QString::fromStdString(replayer.discovery().reason)));
        const auto trace = debrief::replay::test::randomTrace(2, 40, 8, 30.0, false);
        for (PolicyKind policy : {PolicyKind::Fifo, PolicyKind::Sjf, PolicyKind::Priority}) {
            DeviceReplayOptions options;
            options.policy = policy;
            options.traceSecondsPerSecond = 36000.0;
            const auto result = replayer.run(trace, options);
            QVERIFY2(result.ran, result.reason.c_str());
            QCOMPARE(result.jobs.size(), trace.jobs.size());
            for (const auto& job : result.jobs) {
                QVERIFY(job.end >= job.start);
                QVERIFY(job.start + 36000.0 * 0.05 >= job.submit);  // launch jitter of up to 50 ms
            }
            QVERIFY(result.throughputJobsPerHour > 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(DeviceReplayerTest)
#include "devicereplayertest.moc"
