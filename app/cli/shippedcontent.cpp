#include "shippedcontent.h"

#include "interview/contentlibrary.h"

#include <stdexcept>
#include <string>

namespace debrief::cli {

const interview::ContentLibrary& shippedContent()
{
    static const interview::ContentLibrary library = [] {
        interview::ContentLibrary loaded;
        if (!loaded.loadShipped()) {
            std::string problems;
            for (const auto& error : loaded.errors())
                problems += "\n  " + error.text().toStdString();
            throw std::runtime_error("the interview content did not load:" + problems);
        }
        return loaded;
    }();
    return library;
}

}  // namespace debrief::cli
