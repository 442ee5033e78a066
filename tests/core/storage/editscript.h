#pragma once

#include <QString>

// What the kill -9 writer types: after edit n the answer is the first n characters of this text
// (repeated), and a note is added after every kNoteEvery-th edit.
namespace editscript {

inline constexpr int kNoteEvery = 25;

inline QString answerAfter(int edits)
{
    static const QString text = QStringLiteral(
        "I would add a priority queue to the scheduler and estimate a 5 % latency gain based on 10k recent jobs, "
        "agreed with the storage and networking teams. ");
    QString answer;
    answer.reserve(edits);
    for (int i = 0; i < edits; ++i)
        answer += text.at(i % text.size());
    return answer;
}

}  // namespace editscript
