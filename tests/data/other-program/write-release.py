#!/usr/bin/env python3
"""Writes a Release Desk project file using nothing but docs/file-format.md and Python's standard
library, as another program would. tests/core/project/tst_projectformat.cpp opens the result.

Usage: write-release.py OUTPUT.releasedesk
"""
import base64
import hashlib
import json
import sys
import zipfile

# A 1x1 PNG and a tiny PDF to embed.
LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mP4z8AAAAMBAQD3A0FDAAAAAElFTkSuQmCC")
MAP = b"%PDF-1.4\n% a map of the closed road\n%%EOF\n"


def file_reference(data, media_type):
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "mediaType": media_type}


def canonical_json(value):
    # The form whose SHA-256 an approval records: compact, keys sorted, UTF-8 unescaped.
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def main(output):
    # Only the required keys and a few optional ones: the rest take their documented defaults.
    release = {
        "type": "holding-statement",
        "language": "en-NZ",
        "reference": "KBP-2026-0500",
        "agencies": [{
            "id": "police",
            "name": "Kestrel Bay Police",
            "logo": file_reference(LOGO, "image/png"),
        }],
        "status": {"embargoed": True, "until": "2027-01-15T09:00:00", "timeZone": "Pacific/Auckland"},
        "dateline": {"place": "KESTREL BAY", "date": "2026-11-26"},
        "headline": "Road closed after slip near Kestrel Bay",
        "subheadline": "Te Ara Moana closed — detour via Tāwhiri Road",
        "body": [
            {"type": "paragraph", "runs": [{"text": "Coast Road is closed after a slip."}]},
            {"type": "bullet", "runs": [{"text": "Use the inland route", "bold": True}]},
            {"type": "paragraph", "runs": [
                {"text": "Updates: "},
                {"text": "our website", "link": "https://police.kestrelbay.example/roads"},
            ]},
        ],
        "quotes": [{"id": "q1", "text": "Please stay away from the area.", "speaker": "Anna Whitlock",
                    "title": "Senior Sergeant", "agency": "police"}],
        "attachments": [dict(file_reference(MAP, "application/pdf"), id="a1", fileName="map.pdf",
                             caption="Map of the closure")],
    }
    release["workflow"] = {
        "state": "approved",
        "approver": "Sam Rivera",
        "approvedAt": "2026-11-26T03:00:00Z",
        "approvedContentSha256": hashlib.sha256(canonical_json(release)).hexdigest(),
    }
    manifest = {"formatVersion": 1, "minReaderVersion": 1, "generator": "write-release.py",
                "release": release}

    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.releasedesk+zip",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("manifest.json", json.dumps(manifest, indent=2), compress_type=zipfile.ZIP_DEFLATED)
        for data in (LOGO, MAP):
            archive.writestr("files/" + hashlib.sha256(data).hexdigest(), data,
                             compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main(sys.argv[1])
