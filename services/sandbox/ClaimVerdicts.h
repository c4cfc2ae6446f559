#pragma once

#include <QJsonArray>
#include <QString>

// The sandbox reviewer's answer to the gate's list of claims (between <claims> tags, one "C3 (where; kind) sentence"
// per line), read the way a careful editor without world knowledge would: a sentence that names a material the
// facts do not have (in English or Dutch) is contradicted, citing the field that says otherwise; one that shares a
// salient word with a field of the facts, or two with a knowledge passage, is supported, citing that field or passage
// ("K12"); a health effect nothing states is unsupported; the rest is opinion. It is a simulation: it cannot know what
// a real model knows, and the gate treats its verdicts exactly as a model's.
//
// Faults: strayVerdicts adds verdicts for a claim that is not in the list and repeats one; uncited calls the first
// sentence the checks found nothing in a supported guarantee, citing nothing.
namespace ClaimVerdicts
{

struct Faults
{
    bool strayVerdicts = false;
    bool uncited = false;
};

QJsonArray judge(const QString& prompt, const Faults& faults);

} // namespace ClaimVerdicts
