// Device discovery must answer on every machine: a device, or the reason there is none.
#include "devicediscovery.h"

#include <QtTest>

using debrief::gpu::DeviceStatus;

class DeviceDiscoveryTest : public QObject {
    Q_OBJECT

private slots:
    void answersWithADeviceOrAReason()
    {
        const auto found = debrief::gpu::discoverDevices();
        bool anyUsable = false;
        for (const auto& device : found.devices) {
            anyUsable = anyUsable || device.usable;
            QCOMPARE(device.usable, device.whyNotUsable.empty());
        }
        QCOMPARE(found.usable(), anyUsable);
        QCOMPARE(found.usable(), found.status == DeviceStatus::Available);
        QCOMPARE(found.reason.empty(), found.usable());
        if (!found.usable())
            qInfo("no usable CUDA device: %s", found.reason.c_str());
    }

    void statusMatchesHowItWasBuilt()
    {
        const auto found = debrief::gpu::discoverDevices();
#ifdef DEBRIEF_HAVE_CUDA
        QVERIFY(found.status != DeviceStatus::BuiltWithoutCuda);
        QVERIFY(!found.builtArchitectures.empty());
        QVERIFY(found.runtimeVersion >= 12000);
        // Without a driver the runtime says cudaErrorInsufficientDriver (35), and we name it.
        if (found.driverVersion == 0 && found.status == DeviceStatus::NoDriver)
            QVERIFY(found.reason.find("(35)") != std::string::npos);
#else
        QCOMPARE(found.status, DeviceStatus::BuiltWithoutCuda);
        QVERIFY(found.devices.empty());
        QVERIFY(found.reason.find("without CUDA") != std::string::npos ||
                found.reason.find("no CUDA") != std::string::npos);
#endif
    }

    void repeatedCallsAgree()
    {
        const auto a = debrief::gpu::discoverDevices();
        const auto b = debrief::gpu::discoverDevices();
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.devices.size(), b.devices.size());
        QCOMPARE(a.reason, b.reason);
    }
};

QTEST_GUILESS_MAIN(DeviceDiscoveryTest)
#include "devicediscoverytest.moc"
