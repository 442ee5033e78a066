// Trace Lab's "On the GPU" tab without a GPU (this machine and CI): it says why, simulates the same
// policy on the Trace Lab's cluster, and leaves the measured column empty; a device that fails at run
// time is reported, not fatal.
#include "tracelab/devicereplaypanel.h"
#include "displayformat.h"
#include "tracelab/tracelabpage.h"
#include "widgets/barchartview.h"

#include <devicediscovery.h>
#include <trace/trace.h>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace debrief;
using namespace debrief::studio;

class DeviceReplayPanelTest : public QObject {
    Q_OBJECT

private slots:
    void withoutADeviceItSimulatesAndSaysWhy();
    void aDeviceThatFailsIsReported();
    void traceLabHasTheTab();
};

namespace {
// `index`: the job's position in the trace, which is its record index there.
trace::Job job(std::uint32_t index, std::int64_t submit, std::int64_t duration, std::uint32_t gpus)
{
    trace::Job j;
    j.line = index + 2;
    j.submit = submit;
    j.duration = duration;
    j.gpus = gpus;
    return j;
}

// fifo on 8 pooled GPUs: A (0 s, 100 s, 8 GPUs) runs 0-100; B (0 s, 50 s, 4) and C (10 s, 10 s, 4) both
// start at 100. Waits 0, 100, 90 s: mean 63.3 s, p95 (nearest rank) 100 s; makespan 150 s, so
// 3 x 3600 / 150 = 72 jobs an hour.
std::shared_ptr<const trace::Trace> threeJobs()
{
    auto t = std::make_shared<trace::Trace>();
    t->jobs = {job(0, 0, 100, 8), job(1, 0, 50, 4), job(2, 10, 10, 4)};
    return t;
}

gpu::DeviceDiscovery noDriver()
{
    gpu::DeviceDiscovery d;
    d.status = gpu::DeviceStatus::NoDriver;
    d.reason = "no CUDA driver is loaded (cudaGetDeviceCount returned 35)";
    return d;
}
}  // namespace

void DeviceReplayPanelTest::withoutADeviceItSimulatesAndSaysWhy()
{
    DeviceReplayPanel panel([] { return replay::Cluster::pooled(8); }, nullptr, noDriver());
    QVERIFY(!panel.deviceUsable());
    QVERIFY(panel.deviceLabel()->text().contains(QStringLiteral("cudaGetDeviceCount returned 35")));
    QCOMPARE(panel.runButton()->text(), QStringLiteral("&Simulate (no GPU)"));
    QVERIFY(!panel.runButton()->isEnabled());  // no trace yet
    panel.setTrace(threeJobs(), QStringLiteral("three.csv"));
    QVERIFY(panel.runButton()->isEnabled());
    QCOMPARE(panel.compression(), 3600.0);  // a 10 s span: never slower than an hour per second

    QSignalSpy finished(&panel, &DeviceReplayPanel::finished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(panel.table()->item(0, 0)->text(), DisplayFormat::duration(190.0 / 3.0));
    QCOMPARE(panel.table()->item(1, 0)->text(), DisplayFormat::duration(100.0));
    QCOMPARE(panel.table()->item(2, 0)->text(), DisplayFormat::rate(72.0));
    QCOMPARE(panel.table()->item(3, 0)->text(), QStringLiteral("3"));
    for (int row = 0; row < 4; ++row)
        QCOMPARE(panel.table()->item(row, 1)->text(), QStringLiteral("\u2014"));
    const QList<qreal> hours = panel.queueingChart()->values();
    QCOMPARE(hours.size(), 4);
    QCOMPARE(hours[0], 190.0 / 3.0 / 3600.0);
    QCOMPARE(hours[1], 0.0);
    QCOMPARE(hours[2], 100.0 / 3600.0);
    QCOMPARE(panel.throughputChart()->values(), (QList<qreal>{72.0, 0.0}));
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Nothing measured: no CUDA driver is loaded")));

    // Another policy, chosen and run from the keyboard shortcut: sjf also waits 0, 100, 90 here.
    panel.policyBox()->setCurrentIndex(panel.policyBox()->findText(QStringLiteral("sjf")));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::keyClick(&panel, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.count(), 2);
}

void DeviceReplayPanelTest::aDeviceThatFailsIsReported()
{
    if (gpu::discoverDevices().usable())
        QSKIP("a real CUDA device is present: a stand-in device would run on it");
    gpu::DeviceDiscovery fake;
    fake.status = gpu::DeviceStatus::Available;
    gpu::CudaDevice device;
    device.name = "Stand-in device";
    device.usable = true;
    fake.devices.push_back(device);
    DeviceReplayPanel panel([] { return replay::Cluster::pooled(8); }, nullptr, fake);
    QVERIFY(panel.deviceUsable());
    QVERIFY(panel.deviceLabel()->text().startsWith(QStringLiteral("Device: Stand-in device.")));
    QCOMPARE(panel.runButton()->text(), QStringLiteral("&Replay on the GPU"));
    panel.setTrace(threeJobs(), QStringLiteral("three.csv"));
    QSignalSpy finished(&panel, &DeviceReplayPanel::finished);
    QVERIFY(panel.run());
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(finished.wait(30'000));
    QVERIFY(panel.runButton()->isEnabled());
    // No driver (or no CUDA in this build): the launch fails, the panel says so and keeps the simulation.
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Nothing measured: ")),
             qPrintable(panel.statusLabel()->text()));
    QCOMPARE(panel.table()->item(2, 0)->text(), DisplayFormat::rate(72.0));
    QCOMPARE(panel.table()->item(2, 1)->text(), QStringLiteral("\u2014"));
}

void DeviceReplayPanelTest::traceLabHasTheTab()
{
    TraceLabPage lab;
    QString tabText;  // the tab whose page holds the panel
    for (const QTabWidget* tabs : lab.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(lab.findChild<DeviceReplayPanel*>()))
                tabText = tabs->tabText(i);
        }
    }
    QCOMPARE(tabText, QStringLiteral("On the GPU"));
    QVERIFY(!lab.findChild<DeviceReplayPanel*>()->runButton()->isEnabled());
    lab.setSyntheticTrace(threeJobs(), QStringLiteral("three.csv"));
    QVERIFY(lab.findChild<DeviceReplayPanel*>()->runButton()->isEnabled());
}

QTEST_MAIN(DeviceReplayPanelTest)
#include "devicereplaypaneltest.moc"
