// The GPU price table of the cluster editor: presets, the user's edits kept in QSettings with the
// date of the last edit, and a new editor (a later start of the studio) showing them again.
#include "tracelab/clustereditor.h"
#include "tracelab/gpupricetable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace debrief::studio;

class PriceTableTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_pricetable"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
    }

    void presetsCoverTheFourModels()
    {
        QStringList models;
        for (const GpuPriceTable::Entry& entry : GpuPriceTable::presets()) {
            models << entry.model;
            QVERIFY(entry.pricePerGpuHour > 0.0);
        }
        QCOMPARE(models, (QStringList{"H100", "H200", "A100", "V100"}));
        const GpuPriceTable table = GpuPriceTable::load();
        QVERIFY(!table.lastEdited().has_value());
        QCOMPARE(table.price(QStringLiteral("H100")), GpuPriceTable::presets()[0].pricePerGpuHour);
    }

    void anEditedPriceIsKeptWithItsDate()
    {
        {
            ClusterEditor editor;
            QCOMPARE(editor.pricesEditedLabel()->text(), QStringLiteral("Preset prices (starting points, not quotes)"));
            QSignalSpy changed(&editor, &ClusterEditor::clusterChanged);
            editor.setGpuModel(QStringLiteral("H100"));
            QCOMPARE(editor.priceBox()->value(), GpuPriceTable::presets()[0].pricePerGpuHour);
            QCOMPARE(editor.cluster().pricePerGpuHour, GpuPriceTable::presets()[0].pricePerGpuHour);
            QVERIFY(changed.count() >= 1);

            // The user types their own H100 price.
            editor.priceBox()->setFocus();
            QTest::keyClick(editor.priceBox(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor.priceBox(), QStringLiteral("3.15"));
            QTest::keyClick(editor.priceBox(), Qt::Key_Return);
            QCOMPARE(editor.priceTable().price(QStringLiteral("H100")), 3.15);
            const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
            QCOMPARE(editor.pricesEditedLabel()->text(), QStringLiteral("Your prices, last edited %1").arg(today));
            // Other models keep their presets.
            QCOMPARE(editor.priceTable().price(QStringLiteral("A100")), GpuPriceTable::presets()[2].pricePerGpuHour);
        }
        // A later start: the table comes back from QSettings, date and all.
        const GpuPriceTable table = GpuPriceTable::load();
        QCOMPARE(table.price(QStringLiteral("H100")), 3.15);
        QVERIFY(table.lastEdited().has_value());
        QVERIFY(table.lastEdited()->secsTo(QDateTime::currentDateTimeUtc()) < 60);
        ClusterEditor again;
        again.setGpuModel(QStringLiteral("H100"));
        QCOMPARE(again.priceBox()->value(), 3.15);
        QVERIFY(again.pricesEditedLabel()->text().startsWith(QStringLiteral("Your prices, last edited")));
    }

    void aPriceOfItsOwnLeavesTheTableAlone()
    {
        ClusterEditor editor;
        editor.setGpuModel(QStringLiteral("V100"));
        // A demo or a trade-off point sets a price that is not the model's: the model shows "own price".
        editor.setCluster(debrief::replay::Cluster::pooled(8, 9.99));
        QCOMPARE(editor.gpuModelBox()->currentIndex(), 0);
        QCOMPARE(editor.cluster().pricePerGpuHour, 9.99);
        QCOMPARE(GpuPriceTable::load().price(QStringLiteral("V100")), GpuPriceTable::presets()[3].pricePerGpuHour);
    }
};

QTEST_MAIN(PriceTableTest)
#include "pricetabletest.moc"
