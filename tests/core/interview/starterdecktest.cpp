#include "interview/starterdeck.h"
#include "interview/contentlibrary.h"

#include <QTest>

using namespace debrief::interview;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);

QStringList refs(const QList<DrillCard>& cards)
{
    QStringList result;
    for (const DrillCard& card : cards)
        result << card.ref;
    return result;
}

}  // namespace

class StarterDeckTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_content.loadShipped()); }

    // The first question of each round in questions.json, in round order, new and due now.
    void oneNewCardPerRoundDueNow()
    {
        const QList<DrillCard> deck = StarterDeck::cards(QStringLiteral("Alex"), m_content, kNow);
        QCOMPARE(refs(deck),
                 QStringList({QStringLiteral("screen-why-infra-pm"), QStringLiteral("technical-scheduler-to-fabric"),
                              QStringLiteral("pm-metric-translation"), QStringLiteral("product-design-three-requests"),
                              QStringLiteral("leadership-influence-without-title")}));
        for (const DrillCard& card : deck) {
            QCOMPARE(card.id, std::int64_t(0));
            QCOMPARE(card.candidate, QStringLiteral("Alex"));
            QCOMPARE(card.subject, DrillSubject::Question);
            QCOMPARE(card.state, DrillState::New);
            QCOMPARE(card.due, kNow);
            QVERIFY(!card.lastReview.isValid());
            QCOMPARE(card.reps, 0);
            QCOMPARE(card.lapses, 0);
        }
    }

    // A question the candidate already drills keeps its card; the other rounds still get theirs.
    // A dimension card with the same ref text is not the question's card.
    void existingCardsAreNotDoubled()
    {
        DrillCard technical;
        technical.candidate = QStringLiteral("Alex");
        technical.ref = QStringLiteral("technical-scheduler-to-fabric");
        DrillCard dimension;
        dimension.candidate = QStringLiteral("Alex");
        dimension.subject = DrillSubject::Dimension;
        dimension.ref = QStringLiteral("pm-metric-translation");
        const QList<DrillCard> deck =
            StarterDeck::cards(QStringLiteral("Alex"), m_content, kNow, {technical, dimension});
        QCOMPARE(refs(deck),
                 QStringList({QStringLiteral("screen-why-infra-pm"), QStringLiteral("pm-metric-translation"),
                              QStringLiteral("product-design-three-requests"),
                              QStringLiteral("leadership-influence-without-title")}));
    }

    // A user's bank adds questions after the shipped ones and never changes the deck.
    void userBanksDoNotChangeTheDeck()
    {
        ContentLibrary content;
        QVERIFY(content.loadShipped());
        QVERIFY(content.loadUserFile(QStringLiteral(DEBRIEF_TEST_DATA "/studio/user/good-bank.json")));
        QCOMPARE(refs(StarterDeck::cards(QStringLiteral("Alex"), content, kNow)),
                 refs(StarterDeck::cards(QStringLiteral("Alex"), m_content, kNow)));
    }

    void noContentNoCards() { QVERIFY(StarterDeck::cards(QStringLiteral("Alex"), ContentLibrary(), kNow).isEmpty()); }

private:
    ContentLibrary m_content;
};

QTEST_GUILESS_MAIN(StarterDeckTest)
#include "starterdecktest.moc"
