#include "debriefpage.h"

#include "displayformat.h"
#include "interviewrecords.h"
#include "matrix/matrixcolors.h"
#include "panelagreement.h"
#include "scorevisibility.h"
#include "session/sessioncontroller.h"
#include "widgets/depthvisiongridview.h"
#include "widgets/sessionpicker.h"

#include "interview/calibrationgap.h"
#include "interview/orchestrationimpactscore.h"
#include "interview/tagmean.h"
#include "interview/verdictgrid.h"
#include "interview/visioncap.h"
#include "storage/portfoliostore.h"
#include "storage/storageerror.h"
#include "widgets/flowlayout.h"
#include "widgets/statuscolors.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>

namespace debrief::studio {
namespace {

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString plain(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

}  // namespace

DebriefPage::DebriefPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_controller(new SessionController(records, this)),
      m_picker(new SessionPicker(records, this)), m_viewer(new QComboBox(this)), m_grid(new DepthVisionGridView(this)),
      m_hidden(wrappedLabel(this)), m_verdict(wrappedLabel(this)), m_rounds(new QTableWidget(this)),
      m_scores(wrappedLabel(this)), m_impact(wrappedLabel(this)), m_calibration(wrappedLabel(this)),
      m_agreement(wrappedLabel(this)), m_splits(new QTableWidget(this)), m_recommendation(new QButtonGroup(this)),
      m_reason(new QLineEdit(this)), m_empty(wrappedLabel(this)), m_sessionLabel(new QLabel(this)),
      m_viewingAsLabel(new QLabel(this)), m_details(new QScrollArea(this))
{
    m_viewer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // One line in a wide window; the viewer and the undo buttons wrap below in a narrow one.
    auto* top = new FlowLayout;
    top->addLayout(labelled(m_sessionLabel, m_picker));
    m_viewingAsLabel->setBuddy(m_viewer);
    top->addLayout(labelled(m_viewingAsLabel, m_viewer));
    // The controller's undo stack (as on the Live session page): each recommendation change is one step.
    const auto [undo, redo] = addUndoActions(m_controller->undoStack());
    addActionButtons(top, {undo, redo});

    StatusColors::show(m_hidden, StatusColors::Status::Warning);
    m_grid->setCells(records.content().scales().verdictGrid);

    const auto box = [this](QWidget* content, QWidget* second = nullptr) {
        auto* group = new QGroupBox(this);
        auto* layout = new QVBoxLayout(group);
        layout->addWidget(content);
        if (second)
            layout->addWidget(second);
        return group;
    };
    StatusColors::follow(m_splits);  // the split flags in the theme on now
    for (QTableWidget* table : {m_rounds, m_splits}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    // The final call: four options, no neutral one; a click saves it.
    auto* decision = new QWidget(this);
    auto* decisionLayout = new QGridLayout(decision);
    const std::array<interview::Recommendation, 4> options{
        interview::Recommendation::StrongNo, interview::Recommendation::No, interview::Recommendation::Yes,
        interview::Recommendation::StrongYes};
    for (int i = 0; i < int(options.size()); ++i) {
        auto* option = new QRadioButton(decision);
        m_recommendation->addButton(option, int(options[i]));
        decisionLayout->addWidget(option, 0, i);
    }
    m_recommendation->setExclusive(true);
    decisionLayout->addWidget(m_reason, 1, 0, 1, 4);
    connect(m_recommendation, &QButtonGroup::idClicked, this, [this] { saveRecommendation(); });
    connect(m_reason, &QLineEdit::editingFinished, this, [this] {
        if (m_reason->isModified())
            saveRecommendation();
    });

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_hidden);
    detailsLayout->addWidget(m_verdictBox = box(m_verdict));
    detailsLayout->addWidget(m_decisionBox = box(decision));
    detailsLayout->addWidget(m_roundsBox = box(m_rounds, m_scores));
    detailsLayout->addWidget(m_agreementBox = box(m_agreement, m_splits));
    detailsLayout->addWidget(m_calibrationBox = box(m_calibration));
    detailsLayout->addWidget(m_impactBox = box(m_impact));
    detailsLayout->addStretch(1);
    QScrollArea* scroll = m_details;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_gridBox = box(m_grid));
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_picker, &SessionPicker::sessionChosen, this, &DebriefPage::showSession);
    connect(m_viewer, &QComboBox::currentIndexChanged, this, &DebriefPage::refreshViews);
    connect(m_controller, &SessionController::recommendationChanged, this, &DebriefPage::showRecommendation);
    connect(m_controller, &SessionController::refused, this, &StudioPage::statusMessage);
    connect(m_controller, &SessionController::storageError, this, [this](const QString& message) {
        emit statusMessage(message);
        showRecommendation();  // nothing was saved: back to what is stored
    });
    // Edits made elsewhere (the Live session, the Maturity Matrix, an import); this page's own come by
    // the controller's signals.
    connect(&records, &InterviewRecords::sessionChanged, this, [this](std::int64_t id) {
        if (id == sessionId() && !m_controller->isAnnouncing())
            reload();
    });
    connect(&records, &InterviewRecords::sessionsChanged, m_picker, &SessionPicker::reload);
    retranslate();
    showSession(m_picker->currentSessionId());
}

void DebriefPage::retranslate()
{
    m_sessionLabel->setText(tr("Session:"));
    m_viewingAsLabel->setText(tr("&Viewing as:"));
    m_viewer->setAccessibleName(tr("Viewing as"));
    m_details->setAccessibleName(tr("Debrief details"));
    m_rounds->setAccessibleName(tr("Scores per round"));
    m_splits->setAccessibleName(tr("Agreement per answer"));
    for (QAbstractButton* option : m_recommendation->buttons())
        option->setText(interview::title(interview::Recommendation(m_recommendation->id(option))));
    m_reason->setPlaceholderText(tr("Why, in one sentence"));
    m_reason->setAccessibleName(tr("Reason for the recommendation"));
    m_verdictBox->setTitle(tr("Verdict"));
    m_decisionBox->setTitle(tr("Final recommendation"));
    m_roundsBox->setTitle(tr("Scores per round"));
    m_agreementBox->setTitle(tr("Agreement and splits"));
    m_calibrationBox->setTitle(tr("Self against interviewer"));
    m_impactBox->setTitle(tr("Orchestration Impact Score"));
    m_gridBox->setTitle(tr("Every answer on the Depth × Vision grid"));
    // The viewer choices in place (setItemText): the chosen viewer stays.
    for (int i = 0; i < m_viewer->count(); ++i) {
        const QString person = m_viewer->itemData(i).toString();
        if (person.isEmpty())
            m_viewer->setItemText(i, tr("Panel (submitted scores only)"));
        else if (person == QLatin1String(interview::CalibrationGap::kSelf))
            m_viewer->setItemText(i, tr("Candidate (self-score)"));
    }
}

void DebriefPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Every section below is a computed text (verdicts with their reasons, tables, sentences): fill
        // them again from the session, keeping the reason being typed and the scroll position.
        const QString reason = m_reason->text();
        const bool typed = m_reason->isModified();
        const int scroll = m_details->verticalScrollBar()->value();
        reload();
        if (typed) {
            m_reason->setText(reason);
            m_reason->setModified(true);
        }
        m_details->verticalScrollBar()->setValue(scroll);
    }
    StudioPage::changeEvent(event);
}

QColor DebriefPage::interviewerColor(const interview::Session& session, const QString& interviewer,
                                     const QPalette& palette)
{
    if (interviewer == QLatin1String(interview::CalibrationGap::kSelf))
        return MatrixColors::self(palette);
    // The series entries past 3:1 on Fusion's light window as well as on the dark theme's (the
    // green, pink, amber and sky blue fall short on the light one); the first is the Matrix's
    // interviewer colour.
    static constexpr std::array<int, 3> kSeries{1, 6, 7};
    const int index = int(session.interviewers.indexOf(interviewer));
    return ChartStyle::seriesColor(kSeries[std::size_t(std::max(0, index)) % kSeries.size()], palette);
}

const interview::Session& DebriefPage::session() const
{
    return m_controller->session();
}

QUndoStack* DebriefPage::undoStack() const
{
    return m_controller->undoStack();
}

void DebriefPage::showSession(std::int64_t id)
{
    if (m_picker->currentSessionId() != id)
        m_picker->setCurrentSessionId(id);
    const bool other = id != sessionId();
    load(id);
    if (other)
        fillViewers();
}

void DebriefPage::reload()
{
    load(sessionId());
}

void DebriefPage::load(std::int64_t id)
{
    QString problem;
    if (!m_controller->load(id))
        m_records.loadSession(id, &problem);  // why there is none, for a person
    m_empty->setText(problem);
    m_empty->setVisible(!problem.isEmpty());
    if (m_viewer->count() == 0 && sessionId() > 0)
        fillViewers();
    else
        refreshViews();
}

void DebriefPage::fillViewers()
{
    const interview::Session& stored = session();
    const QString previous = viewer();
    {
        const QSignalBlocker blocker(m_viewer);
        m_viewer->clear();
        m_viewer->addItem(tr("Panel (submitted scores only)"), QString());
        QStringList people = stored.interviewers;
        for (const interview::AskedQuestion& question : stored.questions) {
            for (const interview::AnswerScore& score : question.scores) {
                if (!people.contains(score.interviewer))
                    people << score.interviewer;
            }
        }
        for (const QString& person : people) {
            m_viewer->addItem(person == QLatin1String(interview::CalibrationGap::kSelf) ? tr("Candidate (self-score)")
                                                                                        : person,
                              person);
        }
        // A solo practice is the candidate's own: open it as them.
        const bool solo = stored.mode == interview::SessionMode::SoloPractice;
        int index = m_viewer->findData(previous);
        if (index < 0 && solo)
            index = m_viewer->findData(QString::fromLatin1(interview::CalibrationGap::kSelf));
        // A mock opens as the studio's own scorer ("Scoring as"): their marks, and the others' once
        // both have submitted.
        if (index < 0 && !solo)
            index = m_viewer->findData(m_records.scorerName());
        m_viewer->setCurrentIndex(std::max(0, index));
    }
    refreshViews();
}

void DebriefPage::setViewer(const QString& viewer)
{
    const int index = m_viewer->findData(viewer);
    if (index >= 0)
        m_viewer->setCurrentIndex(index);
}

QString DebriefPage::viewer() const
{
    return m_viewer->currentIndex() < 0 ? QString() : m_viewer->currentData().toString();
}

QString DebriefPage::verdictText() const
{
    return plain(m_verdict->text());
}

QString DebriefPage::hiddenScoresText() const
{
    return m_hidden->isHidden() ? QString() : plain(m_hidden->text());
}

QString DebriefPage::agreementText() const
{
    return plain(m_agreement->text());
}

QString DebriefPage::calibrationText() const
{
    return plain(m_calibration->text());
}

QString DebriefPage::impactText() const
{
    return plain(m_impact->text());
}

interview::Recommendation DebriefPage::recommendation() const
{
    const int id = m_recommendation->checkedId();
    return id < 0 ? interview::Recommendation::None : interview::Recommendation(id);
}

void DebriefPage::setRecommendation(interview::Recommendation recommendation)
{
    if (QAbstractButton* button = m_recommendation->button(int(recommendation))) {
        button->setChecked(true);
        saveRecommendation();
    }
}

void DebriefPage::saveRecommendation()
{
    if (!m_controller->hasSession() || recommendation() == interview::Recommendation::None)
        return;
    const interview::Recommendation chosen = recommendation();
    const interview::Recommendation before = session().recommendation;
    const QString beforeReason = session().recommendationReason;
    if (!m_controller->setRecommendation(chosen, m_reason->text()))
        return;
    m_reason->setText(session().recommendationReason);  // as saved (trimmed); no longer being typed
    if (session().recommendation != before || session().recommendationReason != beforeReason)
        emit statusSentence([chosen] { return tr("Recommendation saved: %1").arg(interview::title(chosen)); });
}

void DebriefPage::showRecommendation()
{
    const interview::Session& stored = session();
    {
        const QSignalBlocker blocker(m_recommendation);
        m_recommendation->setExclusive(false);
        for (QAbstractButton* button : m_recommendation->buttons())
            button->setChecked(m_recommendation->id(button) == int(stored.recommendation));
        m_recommendation->setExclusive(true);
        // A reason being typed stays until it is saved; otherwise the field shows what is stored (an undo too).
        if (!m_reason->isModified())
            m_reason->setText(stored.recommendationReason);
    }
    for (QAbstractButton* button : m_recommendation->buttons())
        button->setEnabled(stored.id > 0);
    m_reason->setEnabled(stored.id > 0);
}

void DebriefPage::refreshViews()
{
    const interview::Session& stored = session();
    const interview::ContentLibrary& content = m_records.content();
    const int visionCap = content.scales().visionCapWithoutEvidence;
    const interview::VerdictGrid grid = content.verdictGrid();
    const interview::VisionCap cap(visionCap);
    const QString who = viewer();
    const interview::Session visible = ScoreVisibility::visibleTo(stored, who);

    // Everyone whose scores are visible, interviewers first in session order, the self-score last.
    QStringList people;
    for (const QString& name : stored.interviewers) {
        if (name != QLatin1String(interview::CalibrationGap::kSelf))
            people << name;
    }
    bool hasSelf = false;
    for (const interview::AskedQuestion& question : visible.questions) {
        for (const interview::AnswerScore& score : question.scores) {
            if (score.interviewer == QLatin1String(interview::CalibrationGap::kSelf))
                hasSelf = true;
            else if (!people.contains(score.interviewer))
                people << score.interviewer;
        }
    }
    QStringList scorers = people;
    if (hasSelf)
        scorers << QString::fromLatin1(interview::CalibrationGap::kSelf);
    const auto display = [](const QString& name) {
        return name == QLatin1String(interview::CalibrationGap::kSelf) ? tr("Self") : name;
    };

    // Hidden scores.
    const QStringList hidden = ScoreVisibility::hiddenFrom(stored, who);
    QStringList hiddenLines;
    for (const QString& name : hidden) {
        hiddenLines << (who.isEmpty() ? tr("%1's scores are hidden until they submit them.").arg(display(name))
                                      : tr("%1's scores are hidden until you both have submitted.").arg(display(name)));
    }
    m_hidden->setText(hiddenLines.join(QStringLiteral("<br>")));
    m_hidden->setVisible(!hiddenLines.isEmpty());

    // The grid.
    QList<DepthVisionGridView::Point> points;
    for (int q = 0; q < visible.questions.size(); ++q) {
        for (const interview::AnswerScore& score : visible.questions.at(q).scores) {
            const interview::CappedVision vision = cap.apply(score);
            points << DepthVisionGridView::Point{display(score.interviewer),
                                                 interviewerColor(stored, score.interviewer),
                                                 score.depth,
                                                 vision.effective,
                                                 tr("Q%1").arg(q + 1),
                                                 vision.capped};
        }
    }
    m_grid->setPoints(points);

    // The verdicts with their reasons; the veto stands even before anyone scored.
    QString verdicts;
    const auto hasVisibleScore = [&visible](const QString& name) {
        for (const interview::AskedQuestion& question : visible.questions) {
            for (const interview::AnswerScore& score : question.scores) {
                if (score.interviewer == name)
                    return true;
            }
        }
        return false;
    };
    for (const QString& name : scorers) {
        if (hidden.contains(name) && !hasVisibleScore(name))
            continue;  // their verdict would give their hidden scores away
        const interview::Verdict verdict = grid.forSession(visible, name);
        verdicts += QStringLiteral("<p><b>%1: %2</b>%3</p><ul>")
                        .arg(display(name).toHtmlEscaped(), interview::title(verdict.recommendation).toHtmlEscaped(),
                             verdict.vetoed ? tr(" (vetoed)") : QString());
        for (const QString& reason : verdict.reasons)
            verdicts += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        verdicts += QStringLiteral("</ul>");
    }
    if (scorers.isEmpty() && stored.design) {
        const interview::Verdict veto = grid.applyVeto(interview::Verdict{}, stored.design->metricTranslation);
        if (veto.vetoed)
            verdicts += QStringLiteral("<p><b>%1</b></p><ul><li>%2</li></ul>")
                            .arg(interview::title(veto.recommendation).toHtmlEscaped(),
                                 veto.reasons.join(QStringLiteral("</li><li>")).toHtmlEscaped());
    }
    if (verdicts.isEmpty())
        verdicts = tr("No visible scores yet.");
    m_verdict->setText(verdicts);

    // Per-round means (Depth / effective Vision) for each visible scorer.
    m_rounds->clear();
    m_rounds->setColumnCount(int(scorers.size()) + 1);
    QStringList headers{tr("Round")};
    for (const QString& name : scorers)
        headers << tr("%1 (Depth / Vision)").arg(display(name));
    m_rounds->setHorizontalHeaderLabels(headers);
    QList<interview::RoundKind> rounds = stored.rounds;
    for (const interview::AskedQuestion& question : stored.questions) {
        if (!rounds.contains(question.round))
            rounds << question.round;
    }
    m_rounds->setRowCount(int(rounds.size()));
    for (int r = 0; r < rounds.size(); ++r) {
        m_rounds->setItem(r, 0, new QTableWidgetItem(interview::title(rounds.at(r))));
        for (int c = 0; c < scorers.size(); ++c) {
            interview::TagMean mean(cap.cap());
            for (const interview::AskedQuestion& question : visible.questions) {
                if (question.round != rounds.at(r))
                    continue;
                for (const interview::AnswerScore& score : question.scores) {
                    if (score.interviewer == scorers.at(c))
                        mean.add(score);
                }
            }
            auto* item = new QTableWidgetItem(
                mean.answers() == 0 ? QStringLiteral("–")
                                    : QStringLiteral("%1 / %2").arg(QLocale().toString(mean.depth(), 'f', 1),
                                                                    QLocale().toString(mean.vision(), 'f', 1)));
            item->setTextAlignment(Qt::AlignCenter);
            m_rounds->setItem(r, c + 1, item);
        }
    }
    m_rounds->resizeColumnsToContents();
    const auto scoreOf = [](int value, int top) {
        return value < 0 ? tr("not scored") : tr("%1 / %2").arg(value).arg(top);
    };
    QStringList lines;
    lines << tr("Strategic Fit: %1").arg(stored.strategicFit > 0 ? scoreOf(stored.strategicFit, 4) : tr("not scored"));
    if (stored.design) {
        lines << tr("Roadmap Alignment: %1").arg(scoreOf(stored.design->roadmapAlignment, 4))
              << tr("Metric Translation: %1").arg(scoreOf(stored.design->metricTranslation, 4))
              << tr("Product design: %1").arg(scoreOf(stored.design->designScore, 4));
    } else {
        lines << tr("Roadmap Alignment and Metric Translation: no product design round in this session");
    }
    m_scores->setText(lines.join(QStringLiteral("<br>")));

    // Agreement and splits between the interviewers (not the self-score).
    const PanelAgreementReport agreement = PanelAgreement::compare(visible, people, grid, visionCap);
    m_splits->clear();
    m_splits->setColumnCount(int(people.size()) + 2);
    QStringList splitHeaders{tr("Answer")};
    for (const QString& name : people)
        splitHeaders << name;
    splitHeaders << tr("Split");
    m_splits->setHorizontalHeaderLabels(splitHeaders);
    m_splits->setRowCount(int(agreement.answers.size()));
    for (int row = 0; row < agreement.answers.size(); ++row) {
        const AnswerAgreement& answer = agreement.answers.at(row);
        m_splits->setItem(row, 0, new QTableWidgetItem(tr("Q%1").arg(answer.question + 1)));
        for (int c = 0; c < people.size(); ++c) {
            const QString& name = people.at(c);
            auto* item = new QTableWidgetItem(
                answer.depth.contains(name) ? tr("D%1 V%2").arg(answer.depth.value(name)).arg(answer.vision.value(name))
                                            : QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignCenter);
            m_splits->setItem(row, c + 1, item);
        }
        auto* flag = new QTableWidgetItem(
            answer.split ? tr("Split (Depth %1, Vision %2 apart)").arg(answer.depthSpread).arg(answer.visionSpread)
                         : (answer.sameVerdict ? tr("Agree") : tr("Different verdicts")));
        if (answer.split)
            StatusColors::mark(flag, StatusColors::Status::Bad);
        m_splits->setItem(row, int(people.size()) + 1, flag);
    }
    m_splits->resizeColumnsToContents();
    m_splits->setVisible(!agreement.answers.isEmpty());
    if (agreement.answers.isEmpty()) {
        m_agreement->setText(people.size() < 2 ? tr("One interviewer: nothing to compare.")
                                               : tr("No answer that two interviewers scored is visible yet."));
    } else {
        m_agreement->setText(tr("Same verdict on %1 of %2 answers; %3 split(s) of 2 or more points.")
                                 .arg(agreement.sameVerdictCount)
                                 .arg(agreement.answers.size())
                                 .arg(agreement.splitCount));
    }

    // Self against interviewer: the matrix levels, and the answers when the candidate scored themself.
    QStringList calibration;
    const interview::CalibrationReport matrix = interview::CalibrationGap::matrix(stored.matrix);
    const auto dimensionName = [&content](const QString& dimensionKey) {
        for (const interview::MatrixDimensionText& text : content.matrix().dimensions) {
            if (key(text.dimension) == dimensionKey)
                return text.name;
        }
        return dimensionKey;
    };
    if (!matrix.items.isEmpty()) {
        calibration << tr("Maturity Matrix: mean gap %1 level(s) (self − interviewer), %2 on average either way")
                           .arg(DisplayFormat::signedDecimal(matrix.meanGap, 2), QLocale().toString(matrix.meanAbsoluteGap, 'f', 2));
        if (matrix.largestOver)
            calibration << tr("Largest over-estimate: %1 (self %2, interviewer %3)")
                               .arg(dimensionName(matrix.largestOver->subject))
                               .arg(matrix.largestOver->self)
                               .arg(matrix.largestOver->interviewer);
    }
    if (matrix.largestUnder)
        calibration << tr("Largest under-estimate: %1 (self %2, interviewer %3)")
                           .arg(dimensionName(matrix.largestUnder->subject))
                           .arg(matrix.largestUnder->self)
                           .arg(matrix.largestUnder->interviewer);
    if (hasSelf) {
        for (const QString& name : people) {
            const interview::CalibrationReport answers = interview::CalibrationGap::answers(visible, name, visionCap);
            if (!answers.items.isEmpty())
                calibration << tr("Answers against %1: mean gap %2 point(s) over %3 tag(s)")
                                   .arg(name, DisplayFormat::signedDecimal(answers.meanGap, 2))
                                   .arg(answers.items.size());
        }
    }
    if (calibration.isEmpty())
        calibration << tr("No self-assessment to compare with an interviewer's in this session.");
    m_calibration->setText(calibration.join(QStringLiteral("<br>")));

    // The candidate's portfolio.
    QList<interview::PortfolioProject> projects;
    if (stored.id > 0) {
        try {
            projects = storage::PortfolioStore(m_records.database()).list(stored.candidate);
        } catch (const storage::StorageError&) {
        }
    }
    if (projects.isEmpty()) {
        m_impact->setText(tr("No portfolio projects for %1 yet.").arg(stored.candidate.toHtmlEscaped()));
    } else {
        const interview::PortfolioImpact impact = interview::OrchestrationImpactScore::forPortfolio(projects);
        QString text = tr("<b>%1</b> over %n project(s)", nullptr, int(projects.size()))
                           .arg(QLocale().toString(impact.total, 'f', 1));
        text += QStringLiteral("<ul>");
        for (const interview::ProjectImpact& project : impact.projects)
            text +=
                tr("<li>%1: %2 team(s) × %3 % = %4</li>")
                    .arg(project.title.toHtmlEscaped())
                    .arg(project.collaborations)
                    .arg(QLocale().toString(project.gainPercent, 'f', 1), QLocale().toString(project.score, 'f', 1));
        text += QStringLiteral("</ul>") + impact.readyReason.toHtmlEscaped();
        m_impact->setText(text);
    }

    showRecommendation();
}

}  // namespace debrief::studio
