#include "shippedcontent.h"

#include "interview/contentlibrary.h"

#include <QMap>

#include <stdexcept>
#include <string>

namespace debrief::cli {

const interview::ContentLibrary& shippedContent(const QString& language)
{
    static QMap<QString, interview::ContentLibrary> libraries;
    if (const auto found = libraries.constFind(language); found != libraries.constEnd())
        return *found;
    interview::ContentLibrary loaded;
    if (!loaded.loadShipped() || !loaded.setLanguage(language)) {
        std::string problems;
        for (const auto& error : loaded.errors())
            problems += "\n  " + error.text().toStdString();
        throw std::runtime_error("the interview content did not load:" + problems);
    }
    return *libraries.insert(language, loaded);
}

}  // namespace debrief::cli
