#include "sessiontablemodel.h"

#include "widgets/sessionpicker.h"

#include "interview/calibrationgap.h"
#include "interview/tagmean.h"
#include "storage/database.h"
#include "storage/sessionstore.h"

#include <QLocale>

namespace debrief::studio {

SessionTableModel::SessionTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

SessionHistoryEntry SessionTableModel::entryFor(const interview::Session& session, int visionCap)
{
    SessionHistoryEntry entry;
    entry.summary.id = session.id;
    entry.summary.mode = session.mode;
    entry.summary.status = session.status;
    entry.summary.candidate = session.candidate;
    entry.summary.interviewers = session.interviewers;
    entry.summary.rounds = session.rounds;
    entry.summary.startedAt = session.startedAt;
    entry.summary.updatedAt = session.updatedAt;
    entry.summary.elapsedMs = session.elapsedMs;
    entry.summary.questionCount = int(session.questions.size());
    entry.summary.recommendation = session.recommendation;
    entry.strategicFit = session.strategicFit;
    entry.matrix = session.matrix.interviewer.isEmpty() ? session.matrix.self : session.matrix.interviewer;

    // The interviewers' scores; the self-score only when nobody else scored (a solo practice).
    const QString self = QString::fromLatin1(interview::CalibrationGap::kSelf);
    bool othersScored = false;
    for (const interview::AskedQuestion& question : session.questions) {
        for (const interview::AnswerScore& score : question.scores)
            othersScored = othersScored || (score.interviewer != self && score.depth >= interview::kTagMin);
    }
    interview::TagMean mean(visionCap);
    for (const interview::AskedQuestion& question : session.questions) {
        for (const interview::AnswerScore& score : question.scores) {
            if ((score.interviewer == self) != othersScored)
                mean.add(score);
        }
    }
    entry.scoredAnswers = mean.answers();
    entry.depth = mean.depth();
    entry.vision = mean.vision();
    return entry;
}

QList<SessionHistoryEntry> SessionTableModel::read(const storage::Database& database, int visionCap)
{
    const storage::SessionStore store(database);
    QList<SessionHistoryEntry> entries;
    for (const storage::SessionSummary& summary : store.list()) {
        SessionHistoryEntry entry = entryFor(store.load(summary.id), visionCap);
        entry.summary = summary;
        entries << entry;
    }
    return entries;
}

void SessionTableModel::setEntries(const QList<SessionHistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const SessionHistoryEntry* SessionTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SessionTableModel::rowOf(std::int64_t sessionId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).summary.id == sessionId)
            return row;
    }
    return -1;
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    const SessionHistoryEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const storage::SessionSummary& s = e->summary;
    const bool scored = e->scoredAnswers > 0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Started: return SessionPicker::startedText(s.startedAt);
        case Candidate: return s.candidate;
        case Mode: return SessionPicker::modeTitle(s.mode);
        case Interviewers: return s.interviewers.join(QStringLiteral(", "));
        case Questions: return s.questionCount;
        case Depth: return scored ? QLocale().toString(e->depth, 'f', 1) : QStringLiteral("–");
        case Vision: return scored ? QLocale().toString(e->vision, 'f', 1) : QStringLiteral("–");
        case Recommendation: return interview::title(s.recommendation);
        default: break;
        }
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case Started: return s.startedAt;
        case Questions: return s.questionCount;
        case Depth: return e->depth;
        case Vision: return e->vision;
        case Recommendation: return int(s.recommendation);
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Questions || index.column() == Depth || index.column() == Vision)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

void SessionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::UserRole});
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started: return tr("Started");
    case Candidate: return tr("Candidate");
    case Mode: return tr("Mode");
    case Interviewers: return tr("Interviewers");
    case Questions: return tr("Questions");
    case Depth: return tr("Depth");
    case Vision: return tr("Vision");
    case Recommendation: return tr("Recommendation");
    default: break;
    }
    return {};
}

}  // namespace debrief::studio
