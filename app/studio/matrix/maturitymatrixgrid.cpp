#include "maturitymatrixgrid.h"

#include "matrixcellbutton.h"
#include "widgets/accessibility.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QFontMetrics>
#include <QLabel>

#include <algorithm>

namespace debrief::studio {

MaturityMatrixGrid::MaturityMatrixGrid(QWidget* parent) : QWidget(parent)
{
    Accessibility::install();  // before anything asks for the interface
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int level = interview::kMatrixMinLevel; level <= interview::kMatrixMaxLevel; ++level) {
        auto* header = new QLabel(this);
        m_levelHeaders << header;
        header->setAlignment(Qt::AlignCenter);
        QFont bold = header->font();
        bold.setBold(level == interview::kMatrixBarLevel);
        header->setFont(bold);
        layout->addWidget(header, 0, level);
    }
    int row = 1;
    for (interview::MatrixDimension dimension : interview::kAllDimensions) {
        auto* name = new QLabel(key(dimension), this);
        name->setObjectName(QStringLiteral("dimension-") + key(dimension));
        name->setWordWrap(true);
        name->setFixedWidth(110);
        layout->addWidget(name, row, 0);
        for (int level = interview::kMatrixMinLevel; level <= interview::kMatrixMaxLevel; ++level) {
            auto* button = new MatrixCellButton(dimension, level, this);
            connect(button, &QAbstractButton::clicked, this,
                    [this, dimension, level] { emit cellClicked(dimension, level); });
            button->installEventFilter(this);
            layout->addWidget(button, row, level);
            m_cells << button;
        }
        layout->setRowStretch(row, 1);
        ++row;
    }
    for (int level = interview::kMatrixMinLevel; level <= interview::kMatrixMaxLevel; ++level)
        layout->setColumnStretch(level, 1);
    retranslate();
}

void MaturityMatrixGrid::retranslate()
{
    for (int i = 0; i < m_levelHeaders.size(); ++i) {
        const int level = interview::kMatrixMinLevel + i;
        m_levelHeaders[i]->setText(level == interview::kMatrixBarLevel ? tr("Level %1 (the bar)").arg(level)
                                                                       : tr("Level %1").arg(level));
    }
}

void MaturityMatrixGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MaturityMatrixGrid::setText(const interview::MaturityMatrixText& text)
{
    for (const interview::MatrixDimensionText& dimension : text.dimensions) {
        if (auto* name = findChild<QLabel*>(QStringLiteral("dimension-") + key(dimension.dimension))) {
            name->setText(QStringLiteral("<b>%1</b>").arg(dimension.name.toHtmlEscaped()));
            name->setToolTip(dimension.summary);
            // The column is as wide as the longest word of any dimension's name (German compounds
            // such as "Ressourcenabstraktion" cannot wrap), and never narrower than 110 px.
            QFont bold = name->font();
            bold.setBold(true);
            const QFontMetrics metrics(bold);
            int widest = 110;
            for (const interview::MatrixDimensionText& other : text.dimensions) {
                for (const QString& word : other.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    widest = std::max(widest, metrics.horizontalAdvance(word) + 2 * name->margin() + 4);
            }
            name->setFixedWidth(widest);
        }
        for (const interview::MatrixLevelText& level : dimension.levels) {
            if (MatrixCellButton* button = cell(dimension.dimension, level.level))
                button->setDescriptor(level.title, level.descriptor);
        }
    }
}

void MaturityMatrixGrid::setLevels(const interview::MatrixLevels& levels)
{
    for (MatrixCellButton* button : m_cells) {
        button->setMarks(levels.self.value(button->dimension(), 0) == button->level(),
                         levels.interviewer.value(button->dimension(), 0) == button->level());
    }
}

bool MaturityMatrixGrid::eventFilter(QObject* watched, QEvent* event)
{
    auto* button = qobject_cast<MatrixCellButton*>(watched);
    if (!button || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* press = static_cast<QKeyEvent*>(event);
    if (press->modifiers() & ~Qt::KeypadModifier)
        return false;
    const int at = int(m_cells.indexOf(button));
    const int row = at / interview::kMatrixMaxLevel;
    const int column = at % interview::kMatrixMaxLevel;
    int toRow = row;
    int toColumn = column;
    switch (press->key()) {
    case Qt::Key_Left: toColumn = std::max(0, column - 1); break;
    case Qt::Key_Right: toColumn = std::min(interview::kMatrixMaxLevel - 1, column + 1); break;
    case Qt::Key_Up: toRow = std::max(0, row - 1); break;
    case Qt::Key_Down: toRow = std::min(int(interview::kAllDimensions.size()) - 1, row + 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: button->click(); return true;
    default: return false;
    }
    m_cells.at(toRow * interview::kMatrixMaxLevel + toColumn)->setFocus(Qt::TabFocusReason);
    return true;
}

QLabel* MaturityMatrixGrid::levelHeader(int level) const
{
    return m_levelHeaders.value(level - interview::kMatrixMinLevel);
}

QLabel* MaturityMatrixGrid::dimensionLabel(interview::MatrixDimension dimension) const
{
    return findChild<QLabel*>(QStringLiteral("dimension-") + key(dimension));
}

MatrixCellButton* MaturityMatrixGrid::cell(interview::MatrixDimension dimension, int level) const
{
    for (MatrixCellButton* button : m_cells) {
        if (button->dimension() == dimension && button->level() == level)
            return button;
    }
    return nullptr;
}

}  // namespace debrief::studio
