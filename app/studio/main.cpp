#include "studioapplication.h"

int main(int argc, char** argv)
{
    debrief::studio::StudioApplication app(argc, argv);
    return app.run();
}
