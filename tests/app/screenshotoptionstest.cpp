// debrief-studio --screenshot DIR with --theme, --size and --scale: parsed, refused when wrong, and
// pictures of the asked theme with the asked logical size times the scale in pixels.
#include "studioapplication.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief::studio;

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
};

Run studio(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("QT_SCALE_FACTOR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEBRIEF_STUDIO), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

// The mean lightness of a picture's pixels (a sample of them).
int meanLightness(const QImage& image)
{
    long long sum = 0, count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7, ++count)
            sum += QColor(image.pixel(x, y)).lightness();
    }
    return count ? int(sum / count) : 0;
}

}  // namespace

// A run with no window system at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM (a
// terminal over ssh, a package check). Standard output and the exit code.
Run studioWithoutDisplay(const QStringList& arguments, QString* output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_SCALE_FACTOR"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEBRIEF_STUDIO), arguments);
    if (!process.waitForFinished(60000))
        return {};
    *output = QString::fromLocal8Bit(process.readAllStandardOutput());
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

class ScreenshotOptionsTest : public QObject {
    Q_OBJECT

private slots:
    void sizesParse();
    void wrongValuesAreRefused_data();
    void wrongValuesAreRefused();
    void darkAtScaleTwoHasTwiceThePixels();
    void lightAtScaleOne();
    void helpAndVersionNeedNoDisplay();

private:
    QTemporaryDir m_dir;
};

void ScreenshotOptionsTest::sizesParse()
{
    QCOMPARE(StudioApplication::parseSize(QStringLiteral("1024x700")), QSize(1024, 700));
    QCOMPARE(StudioApplication::parseSize(QStringLiteral("1920X1080")), QSize(1920, 1080));
    QCOMPARE(StudioApplication::parseSize(QStringLiteral(" 800x600 ")), QSize(800, 600));
    for (const char* wrong : {"1024", "x700", "1024x", "1024*700", "-1024x700", "1024x700x2", "axb", ""})
        QVERIFY2(!StudioApplication::parseSize(QString::fromLatin1(wrong)).isValid(), wrong);
}

void ScreenshotOptionsTest::wrongValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("option");
    QTest::addColumn<QString>("message");
    QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("blue")} << QStringLiteral("--theme");
    QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("1024")} << QStringLiteral("--size");
    QTest::newRow("scale 0") << QStringList{QStringLiteral("--scale"), QStringLiteral("0")} << QStringLiteral("--scale");
    QTest::newRow("scale word") << QStringList{QStringLiteral("--scale=big")} << QStringLiteral("--scale");
}

void ScreenshotOptionsTest::wrongValuesAreRefused()
{
    QFETCH(QStringList, option);
    QFETCH(QString, message);
    const QString shots = m_dir.filePath(QStringLiteral("refused"));
    const Run run = studio(QStringList{QStringLiteral("--screenshot"), shots} + option);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
    QVERIFY(!QDir(shots).exists());  // refused before anything is rendered
}

// 1024x700 logical at scale 2: 2048x1400 pixels, in the dark theme.
void ScreenshotOptionsTest::darkAtScaleTwoHasTwiceThePixels()
{
    const QString shots = m_dir.filePath(QStringLiteral("dark2"));
    const Run run = studio({QStringLiteral("--screenshot"), shots, QStringLiteral("--theme"), QStringLiteral("dark"),
                            QStringLiteral("--size"), QStringLiteral("1024x700"), QStringLiteral("--scale"),
                            QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
    const QImage lab(QDir(shots).filePath(QStringLiteral("trace-lab.png")));
    QCOMPARE(lab.size(), QSize(2048, 1400));
    QVERIFY2(meanLightness(lab) < 90, qPrintable(QString::number(meanLightness(lab))));
    const QStringList pictures = QDir(shots).entryList({QStringLiteral("*.png")});
    QVERIFY(pictures.size() >= 13);
    for (const QString& name : pictures) {
        const QImage image(QDir(shots).filePath(name));
        // Every picture at twice its window's logical size (a page that needs more than 1024x700
        // widens the window; it never shrinks below the asked size).
        QVERIFY2(image.width() % 2 == 0 && image.height() % 2 == 0 && image.width() >= 2048 && image.height() >= 1400,
                 qPrintable(name));
        QVERIFY2(meanLightness(image) < 110, qPrintable(name));
    }
}

void ScreenshotOptionsTest::lightAtScaleOne()
{
    const QString shots = m_dir.filePath(QStringLiteral("light1"));
    const Run run = studio({QStringLiteral("--screenshot"), shots, QStringLiteral("--theme=light"),
                            QStringLiteral("--size=1920x1080"), QStringLiteral("--scale=1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
    // The Sharing tab's finished study and its cost comparison are among them.
    const QStringList names = QDir(shots).entryList({QStringLiteral("*.png")});
    QVERIFY2(names.contains(QStringLiteral("trace-lab-sharing.png")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(names.contains(QStringLiteral("trace-lab-sharing-costs.png")));
    for (const QString& name : names) {
        const QImage image(QDir(shots).filePath(name));
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY2(meanLightness(image) > 170, qPrintable(name));
    }
}

void ScreenshotOptionsTest::helpAndVersionNeedNoDisplay()
{
    QString output;
    Run run = studioWithoutDisplay({QStringLiteral("--help")}, &output);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
    for (const char* option : {"--screenshot", "--theme", "--size", "--scale", "--lang", "--db"})
        QVERIFY2(output.contains(QLatin1String(option)), qPrintable(output));
    run = studioWithoutDisplay({QStringLiteral("--version")}, &output);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
    QCOMPARE(output.trimmed(), QStringLiteral("Debrief Studio " DEBRIEF_VERSION));
}

QTEST_MAIN(ScreenshotOptionsTest)
#include "screenshotoptionstest.moc"
