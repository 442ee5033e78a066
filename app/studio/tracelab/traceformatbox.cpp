#include "traceformatbox.h"

#include <QEvent>

#include <array>

namespace debrief::studio {

TraceFormatBox::TraceFormatBox(QWidget* parent) : QComboBox(parent)
{
    using trace::TraceFormat;
    constexpr std::array formats{TraceFormat::Auto,      TraceFormat::Philly,   TraceFormat::PaiTask,
                                 TraceFormat::Openb,     TraceFormat::Helios,   TraceFormat::AcmeSeren,
                                 TraceFormat::AcmeKalos, TraceFormat::Tiresias, TraceFormat::GenericCsv};
    for (TraceFormat format : formats)
        addItem(displayName(format), int(format));
    retranslate();
}

void TraceFormatBox::retranslate()
{
    for (int i = 0; i < count(); ++i)
        setItemText(i, displayName(trace::TraceFormat(itemData(i).toInt())));
    setAccessibleName(tr("Trace format"));
    setToolTip(tr("Auto recognises the format from the file's header"));
}

void TraceFormatBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

trace::TraceFormat TraceFormatBox::format() const
{
    return trace::TraceFormat(currentData().toInt());
}

void TraceFormatBox::setFormat(trace::TraceFormat format)
{
    setCurrentIndex(findData(int(format)));
}

QString TraceFormatBox::displayName(trace::TraceFormat format)
{
    switch (format) {
    case trace::TraceFormat::Auto: return tr("Auto (detect)");
    case trace::TraceFormat::Philly: return tr("Microsoft Philly (JSON job log)");
    case trace::TraceFormat::PaiTask: return tr("Alibaba PAI 2020 (task table)");
    case trace::TraceFormat::Openb: return tr("Alibaba GPU 2023 (openb pod list)");
    case trace::TraceFormat::Helios: return tr("Helios / SenseTime");
    case trace::TraceFormat::AcmeSeren: return tr("Acme Seren (InternLM)");
    case trace::TraceFormat::AcmeKalos: return tr("Acme Kalos (InternLM)");
    case trace::TraceFormat::Tiresias: return tr("Tiresias simulator input");
    case trace::TraceFormat::GenericCsv: return tr("Generic CSV");
    }
    return {};
}

}  // namespace debrief::studio
