#include "studioapplication.h"

int main(int argc, char** argv)
{
    // --scale sets QT_SCALE_FACTOR, which Qt reads only while the application is built.
    debrief::studio::StudioApplication::answerWithoutDisplay(argc, argv);
    debrief::studio::StudioApplication::prepareEnvironment(argc, argv);
    debrief::studio::StudioApplication app(argc, argv);
    return app.run();
}
