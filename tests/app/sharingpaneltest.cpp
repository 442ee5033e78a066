#include <QTest>
class SharingPanelTest : public QObject { Q_OBJECT };
QTEST_MAIN(SharingPanelTest)
#include "sharingpaneltest.moc"
