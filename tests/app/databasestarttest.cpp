// How debrief-studio opens its database at start-up: a refused file (corrupt, newer) is reported in a
// dialog that offers a backup and a fresh start or going on without saving; the file is never
// overwritten.
#include "studioapplication.h"

#include <storage/database.h>
#include <storage/schemahistory.h>

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace debrief;
using namespace debrief::studio;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Clicks the button with `text` on the message box that start-up shows, then any box after it.
void answerDialogs(const QString& text, QStringList* seen)
{
    QTimer::singleShot(50, [text, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerDialogs(text, seen);
            return;
        }
        *seen << box->text();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == text || box->buttons().size() == 1) {
                button->click();
                break;
            }
        }
    });
}

}  // namespace

class DatabaseStartTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newerDatabase(const char* name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE from_the_future (x)"));
            QSqlQuery(db).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(storage::SchemaHistory::kCurrentVersion + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aGoodDatabaseOpensWithoutAsking()
    {
        const QString path = m_dir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(StudioApplication::prepareDatabase(path, true));
        storage::Database database(path);
        QVERIFY(database.open());
        QCOMPARE(storage::SchemaHistory::version(database.connection()), storage::SchemaHistory::kCurrentVersion);
    }

    void continuingWithoutSavingLeavesTheFileAlone()
    {
        const QString path = newerDatabase("newer.sqlite");
        const QByteArray before = bytesOf(path);
        QStringList seen;
        answerDialogs(QStringLiteral("Continue without saving"), &seen);
        QVERIFY(!StudioApplication::prepareDatabase(path, true));
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen[0].contains(QStringLiteral("newer Debrief Studio")), qPrintable(seen[0]));
        QCOMPARE(bytesOf(path), before);
    }

    void backingUpStartsFreshAndKeepsTheOldBytes()
    {
        const QString path = newerDatabase("backup.sqlite");
        const QByteArray before = bytesOf(path);
        QStringList seen;
        answerDialogs(QStringLiteral("Back up and start fresh"), &seen);
        answerDialogs(QStringLiteral("OK"), &seen);  // the box that says where the copy is
        QVERIFY(StudioApplication::prepareDatabase(path, true));
        QVERIFY(seen.size() >= 1);
        const QStringList backups =
            QDir(m_dir.path()).entryList({QStringLiteral("backup.sqlite.*.backup")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(bytesOf(m_dir.filePath(backups[0])), before);
        storage::Database fresh(path);
        QVERIFY(fresh.open());
    }

    // A read-only database is not damaged: the box says what is read-only and offers no fresh start.
    void aReadOnlyDatabaseIsNotOfferedAFreshStart()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            storage::Database database(path);
            QVERIFY(database.open());
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        QFile probe(path);
        if (probe.open(QIODevice::ReadWrite)) {
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QSKIP("running with privileges that write any file");
        }
        const QByteArray before = bytesOf(path);
        QStringList seen;
        QStringList buttons;
        QTimer::singleShot(50, [&seen, &buttons] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen << box->text();
            for (QAbstractButton* button : box->buttons())
                buttons << button->text();
            for (QAbstractButton* button : box->buttons()) {  // never the fresh start, should it be offered
                if (button->text() != QLatin1String("Back up and start fresh")) {
                    button->click();
                    break;
                }
            }
        });
        QVERIFY(!StudioApplication::prepareDatabase(path, true));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen[0].contains(path + QStringLiteral(" cannot be written: the file is read-only")),
                 qPrintable(seen[0]));
        QVERIFY2(!buttons.contains(QStringLiteral("Back up and start fresh")), qPrintable(buttons.join(", ")));
        QCOMPARE(bytesOf(path), before);
    }

    void withoutAskingARefusedFileIsOnlyReported()
    {
        const QString path = newerDatabase("quiet.sqlite");
        const QByteArray before = bytesOf(path);
        QVERIFY(!StudioApplication::prepareDatabase(path, false));
        QCOMPARE(bytesOf(path), before);
    }
};

QTEST_MAIN(DatabaseStartTest)
#include "databasestarttest.moc"
