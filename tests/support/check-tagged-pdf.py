#!/usr/bin/env python3
"""Checks a PDF against the machine-checkable failure conditions of the Matterhorn Protocol
(PDF/UA-1) that apply to what Release Desk writes. Prints one problem per line; exits 1 when
there are any. Usage: check-tagged-pdf.py FILE..."""

import re
import sys

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh"}
LIGATURES = set(range(0xFB00, 0xFB07))


def unicode_targets(cmap):
    """The UTF-16BE strings a ToUnicode CMap maps codes to."""
    text = cmap.decode("latin-1")
    targets = []
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        targets += re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", block)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        targets += re.findall(r"<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", block)
    return [bytes.fromhex(t).decode("utf-16-be", "replace") for t in targets]


def check(path):
    problems = []
    pdf = pikepdf.open(path)
    root = pdf.Root
    if not root.get("/MarkInfo", {}).get("/Marked", False):
        problems.append("catalog: /MarkInfo /Marked is not true (06-001)")
    if not str(root.get("/Lang", "")):
        problems.append("catalog: no /Lang (11-006)")
    if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
        problems.append("catalog: DisplayDocTitle is not true (07-002)")
    xmp = root.Metadata.read_bytes().decode("utf-8", "replace") if "/Metadata" in root else ""
    if not re.search(r"<dc:title>.*?<rdf:li[^>]*>[^<]+</rdf:li>", xmp, re.S):
        problems.append("metadata: no dc:title (06-004)")
    if not re.search(r"<pdfuaid:part>1</pdfuaid:part>|pdfuaid:part=\"1\"", xmp):
        problems.append("metadata: no PDF/UA identification (06-002)")
    if "/StructTreeRoot" not in root:
        return problems + ["catalog: no structure tree (01-001)"]

    # The structure tree: every element's type, headings in order, figures' alternatives.
    parents = {}  # MCID or annotation key -> element
    elements = []

    def walk(node, depth=0):
        if not isinstance(node, pikepdf.Dictionary):
            return
        kind = str(node.get("/S", ""))
        elements.append((kind, node))
        kids = node.get("/K", [])
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") in ("/MCR", "/OBJR"):
                continue
            walk(kid, depth + 1)

    tree = root.StructTreeRoot
    for kid in tree.K if isinstance(tree.K, pikepdf.Array) else [tree.K]:
        walk(kid)
    level = 0
    for kind, node in elements:
        match = re.fullmatch(r"/H([1-6])", kind)
        if match:
            new = int(match.group(1))
            if new > level + 1:
                problems.append(f"structure: {kind} follows H{level} (14-003)")
            level = new
        if kind == "/Figure" and not str(node.get("/Alt", "")):
            problems.append("structure: a Figure has no alternative text (13-004)")

    nums = tree.ParentTree.get("/Nums", [])
    for i in range(0, len(nums), 2):
        parents[int(nums[i])] = nums[i + 1]

    # Every piece of content is either tagged (an MCID the parent tree knows) or an artifact.
    for number, page in enumerate(pdf.pages, 1):
        key = page.obj.get("/StructParents")
        marks = parents.get(int(key)) if key is not None else None
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                mcid = None
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    mcid = operands[1].get("/MCID")
                stack.append((tag, mcid))
                if mcid is not None:
                    if marks is None or int(mcid) >= len(marks) or marks[int(mcid)] is None:
                        problems.append(f"page {number}: MCID {mcid} is not in the parent tree")
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in PAINTING:
                if not any(tag == "/Artifact" or mcid is not None for tag, mcid in stack):
                    problems.append(f"page {number}: content neither tagged nor artifact (01-005)")
                    break
        annots = page.obj.get("/Annots", [])
        if len(annots) and str(page.obj.get("/Tabs", "")) != "/S":
            problems.append(f"page {number}: annotations but no /Tabs /S (28-002)")
        for annot in annots:
            if annot.get("/Subtype") != "/Link":
                continue
            if not str(annot.get("/Contents", "")):
                problems.append(f"page {number}: a link annotation has no /Contents (28-004)")
            parent = parents.get(int(annot.get("/StructParent", -1)))
            if parent is None or str(parent.get("/S")) != "/Link":
                problems.append(f"page {number}: a link annotation is not in a Link element (28-011)")

        # Fonts: embedded, with a ToUnicode map and no ligature code points.
        for name, font in page.Resources.get("/Font", {}).items():
            descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is None or not any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                problems.append(f"font {name}: not embedded (31-001)")
            if "/ToUnicode" not in font:
                problems.append(f"font {name}: no ToUnicode map (31-027)")
                continue
            for target in unicode_targets(font.ToUnicode.read_bytes()):
                if any(ord(c) in LIGATURES for c in target):
                    problems.append(f"font {name}: maps a glyph to a ligature code point")
                if target == "\ufffd" or not target:
                    problems.append(f"font {name}: a glyph has no text (31-028)")
    return sorted(set(problems), key=problems.index)


def main():
    failed = False
    for path in sys.argv[1:]:
        for problem in check(path):
            print(f"{path}: {problem}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
