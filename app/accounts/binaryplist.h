// SPDX-License-Identifier: GPL-3.0-or-later
// Binary property lists ("bplist00", Apple's CFBinaryPList format) and NSKeyedArchiver
// archives, as Apple Mail's preference plists and the values in Accounts4.sqlite use them.
// Pure and bounded: any input gives a value or an error, never a crash or a hang.
#pragma once

#include "core/phrase.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace od::Plist {

// The value tree: dict → QVariantMap, array and set → QVariantList, string → QString,
// integer → qlonglong, real → double, boolean → bool, date → QDateTime (UTC), data →
// QByteArray, UID → QVariantMap {"CF$UID": n} (as in XML plists). nullopt and *error on
// malformed input (bad trailer, offsets out of range, cycles, nesting deeper than 64).
std::optional<QVariant> parseBinary(const QByteArray &data, Phrase *error = nullptr);

// An NSKeyedArchiver archive ({"$archiver": "NSKeyedArchiver", "$objects": [...], "$top":
// {"root": UID}}) resolved into plain values: NSString, NSNumber, NSData, NSDate as they
// are, NSArray/NSSet as lists, NSDictionary as maps, "$null" as an invalid QVariant.
// Anything that is not such an archive is returned unchanged.
QVariant unarchive(const QVariant &archive);

} // namespace od::Plist
