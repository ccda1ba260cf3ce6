#!/usr/bin/env python3
"""Write a synthetic Haven site of N pages to the content contract
(/work/shared/docs/content-model.md, docs/content-model.md in the project).

    generate.py N OUT_DIR [--seed S] [--attributes FILE]

N counts every .adoc file written, easy-read companions included. The mix is
roughly: 35% page, 24% news, 14% review, 10% priority, 13% concern, 4 levels,
one home page, an easy-read companion beside about one page in twelve. Pages are
about 760 words, with xrefs to other pages (always to pages that exist), bullet
and numbered lists, tables with header rows, and contact attributes.

Also writes FILE (default: attributes.txt beside OUT_DIR, not inside the site) with
name=value lines, the contact attributes site.yaml defines, so the other tools
resolve the same {contact-...} references Haven does.
"""
import os
import random
import sys

WORDS_TARGET = 640

SENTENCES = [
    "Every agency that works with children has a duty to share information when a child may be at risk.",
    "Practitioners should record what they saw, what the child said and what they did next.",
    "The partnership brings together the local authority, the police and health services.",
    "Early help means giving support as soon as a problem emerges, at any point in a child's life.",
    "Parents and carers are usually the best people to keep a child safe, and most want help when they need it.",
    "Good supervision helps staff to reflect on difficult cases and to challenge drift and delay.",
    "When professionals disagree about a child's safety, the escalation policy sets out what to do.",
    "Children told us that they want adults to listen, to explain what happens next and to keep their promises.",
    "The audit looked at fifty cases across health, education and social care in the last year.",
    "Neglect remains the most common reason for a child protection plan in the area.",
    "Schools made more referrals this year than last, and most of them led to early help.",
    "A strategy discussion is held whenever there is reasonable cause to suspect significant harm.",
    "The learning from this review has been shared with frontline staff through briefings and workshops.",
    "Contextual safeguarding looks at the places and relationships outside the family where harm can happen.",
    "Training is free for anyone who works or volunteers with children and families in the borough.",
    "Information is shared lawfully, on a need-to-know basis, and recorded with the reason for sharing.",
    "The independent scrutineer reports each year on how well the partners work together.",
    "Babies who cannot yet speak depend entirely on the adults around them to notice when something is wrong.",
    "Domestic abuse affects children who see it, hear it or live with its consequences.",
    "Online harm can reach a child at any hour, so parents need practical advice they can use at home.",
    "The multi-agency team meets every morning to review new contacts and decide what happens next.",
    "Young carers often go unnoticed, because they are good at looking after others and rarely ask for help.",
    "The partnership's priorities were agreed after listening to children, families and practitioners.",
    "Professional curiosity means asking the next question, and not taking the first answer at face value.",
    "Thresholds help practitioners to decide what kind of support a family needs and who should give it.",
    "A child who goes missing from home or care is at greater risk of exploitation.",
    "Case reviews are about learning, not blame, and families are invited to take part.",
    "Workers should think about the whole family, including fathers and other adults in the household.",
]

LIST_ITEMS = [
    "talk to the child in a quiet place, and listen without judging",
    "write down what you saw and heard, using the child's own words",
    "tell your designated safeguarding lead the same day",
    "do not promise to keep a secret",
    "phone the police if a child is in danger now",
    "check the child's record for earlier concerns",
    "agree who will tell the family, and when",
    "review the plan at the next core group meeting",
    "share the learning with your team",
    "ask the child what they would like to happen",
]

THEMES = ["neglect", "information sharing", "domestic abuse", "exploitation", "mental health",
          "non-accidental injury", "parental substance misuse", "online safety", "adolescents"]
REVIEW_TYPES = ["CSPR", "SCR", "Rapid review", "Thematic"]
LEVEL_NAMES = ["Universal", "Additional needs", "Complex needs", "Acute needs"]
SCOPES = ["joint", "children", "adults"]
TAGS = ["reporting", "public", "professional", "training", "early help", "learning"]
EASY_ROWS = [
    ("phone.svg", "A telephone", "If you are worried about a child, phone {contact-massh-phone}."),
    ("police.svg", "A police officer", "If a child is in danger now, phone {emergency-phone}."),
    ("talk.svg", "Two people talking", "You can talk to a teacher or a nurse."),
    ("house.svg", "A house", "We want every child to be safe at home."),
    ("phone.svg", "A telephone", "You do not have to give your name."),
    ("talk.svg", "Two people talking", "We will listen to you. We will help you."),
]

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
       '<title>{title}</title><circle cx="32" cy="32" r="28" fill="#1d70b8"/></svg>\n')


def plan_pages(n, rnd):
    """Return the list of (kind, dir, slug) for n files, easy-read companions included."""
    fixed = [("index", "", "index")] + [("level", "levels", f"level-{i}") for i in range(1, 5)]
    rest = max(0, n - len(fixed))
    easy_every = 12
    # How many main pages, so that main + easy companions == rest.
    kinds = []
    weights = [("page", 35), ("news", 24), ("review", 14), ("priority", 10), ("concern", 13)]
    counters = {k: 0 for k, _ in weights}
    planned = []
    total = 0
    i = 0
    while total < rest:
        kind = weights[i % len(weights)][0]
        # weighted round robin, deterministic
        r = rnd.random() * 96
        acc = 0
        for k, w in weights:
            acc += w
            if r < acc:
                kind = k
                break
        counters[kind] += 1
        c = counters[kind]
        folder = {"page": "guidance", "news": "news", "review": "reviews",
                  "priority": "priorities", "concern": "reporting"}[kind]
        slug = {"page": "guide", "news": "item", "review": "review",
                "priority": "priority", "concern": "concern"}[kind] + f"-{c}"
        planned.append((kind, folder, slug))
        total += 1
        i += 1
        if kind in ("page", "concern") and c % easy_every == 1 and total < rest:
            planned.append(("easy", folder, slug + ".easy"))
            total += 1
    return fixed[:n] if n < len(fixed) else fixed + planned


def words(text):
    return len(text.split())


def body(rnd, kind, here, targets, n_words=WORDS_TARGET):
    """AsciiDoc body of about n_words words, with sections, lists, a table and xrefs."""
    out = []
    count = 0

    def para(k=4):
        nonlocal count
        s = " ".join(rnd.choice(SENTENCES) for _ in range(k))
        count += words(s)
        out.append(s + "\n")

    def xref_para():
        nonlocal count
        links = []
        for t in rnd.sample(targets, min(3, len(targets))):
            links.append(f"xref:{rel(here, t)}[{label(t)}]")
        s = "You may also want to read " + ", ".join(links[:-1]) + (" and " if len(links) > 1 else "") + links[-1] + "."
        count += words(s)
        out.append(s + "\n")

    def bullets(ordered=False):
        nonlocal count
        mark = "." if ordered else "*"
        items = rnd.sample(LIST_ITEMS, 5)
        out.append("\n".join(f"{mark} {item[0].upper()}{item[1:]}." for item in items) + "\n")
        count += sum(words(i) for i in items)

    def table():
        nonlocal count
        rows = ["[cols=\"2,1,1\",options=\"header\"]", "|===", "| Agency | Referrals | Share of total"]
        for agency in rnd.sample(["Police", "Schools", "Health visitors", "GPs", "Hospitals",
                                   "Housing", "Early years", "Probation"], 4):
            rows.append(f"| {agency} | {rnd.randint(20, 900)} | {rnd.randint(2, 40)}%")
        rows.append("|===")
        out.append("\n".join(rows) + "\n")
        count += 24

    para(3)
    xref_para()
    if kind == "priority":
        out.append("== Why?\n")
        para(5)
        bullets()
        out.append("== How?\n")
        para(5)
        bullets(ordered=True)
        out.append("== So what?\n")
        para(4)
        out.append("[.targets]\n|===\n| Measure | 2023/24 | 2024/25 | 2025/26\n"
                   f"| Rapid reviews with information sharing as a theme | {rnd.randint(50, 80)}% | {rnd.randint(30, 50)}% | {rnd.randint(10, 30)}%\n"
                   f"| Referrals with the child's voice recorded | {rnd.randint(40, 60)}% | {rnd.randint(60, 75)}% | {rnd.randint(75, 95)}%\n"
                   "|===\n")
        count += 30
    section = 0
    headings = ["What it means", "What to do", "What the figures show", "Learning for practice",
                "Working together", "Further information", "What children told us", "Next steps",
                "Background", "Who can help"]
    while count < n_words:
        section += 1
        out.append(f"== {headings[(section - 1) % len(headings)]}" + (f" ({section})" if section > len(headings) else "") + "\n")
        para(4)
        choice = section % 4
        if choice == 1:
            bullets()
        elif choice == 2:
            table()
        elif choice == 3:
            out.append(f"=== In practice\n")
            para(3)
            bullets(ordered=True)
        else:
            xref_para()
        para(3)
    if kind == "concern":
        out.append("== Who to call\n")
        out.append("If you think a child is in danger now, phone {emergency-phone}. "
                   "Otherwise phone the Multi-Agency Safeguarding and Support Hub on {contact-massh-phone} "
                   "({contact-massh-hours}), or the out of hours team on {contact-ooh-phone}.\n")
    return "\n".join(out)


def rel(here, target):
    """Relative path from the folder of `here` to `target`, both (folder, slug)."""
    hf, tf = here[0], target[0]
    name = target[1] + ".adoc"
    if hf == tf:
        return name
    up = "../" if hf else ""
    return f"{up}{tf}/{name}" if tf else f"{up}{name}"


def label(target):
    folder, slug = target
    if not folder:
        return "Home"
    word = {"guidance": "Guidance", "news": "News item", "reviews": "Case review", "priorities": "Priority",
            "reporting": "Reporting a concern", "levels": "Level"}[folder]
    return f"{word} {slug.rsplit('-', 1)[-1]}"


def date_for(rnd):
    return f"20{rnd.randint(21, 25)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


def header(kind, slug, rnd, title, has_easy=False):
    lines = [f"= {title}", f":jbake-type: {kind}", ":jbake-status: published", f":jbake-date: {date_for(rnd)}",
             f":jbake-tags: {', '.join(rnd.sample(TAGS, 2))}",
             f":summary: {rnd.choice(SENTENCES)}",
             # Haven warns when a public page has no easy-read version: only those that have one are public.
             f":audience: {'public' if has_easy else rnd.choice(['professional', 'everyone'])}",
             ":owner: Business unit"]
    if kind == "review":
        lines += [f":review-type: {rnd.choice(REVIEW_TYPES)}", f":subject: Child {chr(65 + rnd.randint(0, 25))}",
                  f":themes: {', '.join(rnd.sample(THEMES, rnd.randint(1, 3)))}"]
    if kind == "priority":
        lines += [f":plan: {rnd.choice(['2020-2023', '2023-2026'])}", f":scope: {rnd.choice(SCOPES)}"]
    if kind == "news" and rnd.random() < 0.3:
        lines += [f":expires: 20{rnd.randint(24, 27)}-{rnd.randint(1, 12):02d}-01"]
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    seed = 42
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    attributes = None
    if "--attributes" in args:
        i = args.index("--attributes")
        attributes = args[i + 1]
        del args[i:i + 2]
    n, out = int(args[0]), os.path.abspath(args[1])
    if attributes is None:
        attributes = os.path.join(os.path.dirname(out), "attributes.txt")
    rnd = random.Random(seed)
    plan = plan_pages(n, rnd)
    targets = [(d, s) for k, d, s in plan if k != "easy"]
    with_easy = {(d, s[:-len(".easy")]) for k, d, s in plan if k == "easy"}

    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    os.makedirs(os.path.join(out, "assets", "images", "easy"), exist_ok=True)
    os.makedirs(os.path.join(out, "content"), exist_ok=True)
    contacts = {
        "massh": ("Multi-Agency Safeguarding and Support Hub (MASSH)", "public", "0161 217 6028", "Monday to Friday, office hours"),
        "ooh": ("Out of hours social care team", "everyone", "0161 718 2118", "Evenings, weekends and bank holidays"),
        "lado": ("Local Authority Designated Officer (LADO)", "professional", "0161 474 5657", "Monday to Friday, office hours"),
    }
    with open(os.path.join(out, "data", "site.yaml"), "w") as f:
        f.write("name: Benchtown Safeguarding Children Partnership\nshort-name: BSCP\n"
                "url: https://www.example.org.uk\nlanguage: en-GB\nemergency-phone: \"999\"\ncontacts:\n")
        for cid, (name, for_, phone, hours) in contacts.items():
            f.write(f"  - id: {cid}\n    name: {name}\n    for: {for_}\n    phone: {phone}\n    hours: {hours}\n")
        f.write("exit-url: https://www.bbc.co.uk/weather\n")
    with open(os.path.join(out, "data", "glossary.yaml"), "w") as f:
        for term, meaning in [("CSPR", "Child Safeguarding Practice Review"), ("SCR", "Serious Case Review"),
                              ("MASSH", "Multi-Agency Safeguarding and Support Hub"),
                              ("LADO", "Local Authority Designated Officer"), ("DSL", "Designated Safeguarding Lead")]:
            f.write(f"- term: {term}\n  meaning: {meaning}\n  definition: The {meaning.lower()}.\n")
    with open(attributes, "w") as f:
        f.write("emergency-phone=999\n")
        for cid, (name, for_, phone, hours) in contacts.items():
            f.write(f"contact-{cid}-name={name}\ncontact-{cid}-phone={phone}\ncontact-{cid}-hours={hours}\ncontact-{cid}-for={for_}\n")
    for name, title in [("phone.svg", "A telephone"), ("police.svg", "A police officer"),
                        ("talk.svg", "Two people talking"), ("house.svg", "A house")]:
        with open(os.path.join(out, "assets", "images", "easy", name), "w") as f:
            f.write(SVG.format(title=title))

    for kind, folder, slug in plan:
        d = os.path.join(out, "content", folder)
        os.makedirs(d, exist_ok=True)
        here = (folder, slug)
        if kind == "easy":
            main_slug = slug[:-len(".easy")]
            text = [f"= {label((folder, main_slug))}: easy read", ":jbake-status: published", ""]
            for img, alt, line in rnd.sample(EASY_ROWS, 4):
                text += [f"image::/images/easy/{img}[{alt}]", line, ""]
            text += [f"Read the full page: xref:{main_slug}.adoc[{label((folder, main_slug))}].", ""]
            content = "\n".join(text)
        else:
            if kind == "index":
                title, hkind = "Keeping children safe in Benchtown", "page"
            elif kind == "level":
                i = int(slug.rsplit("-", 1)[1])
                title, hkind = f"Level {i}: {LEVEL_NAMES[i - 1].lower()}", "level"
            else:
                title, hkind = label(here) + ": " + rnd.choice(SENTENCES).split(",")[0].rstrip("."), kind
            h = header(hkind, slug, rnd, title, has_easy=here in with_easy)
            if kind == "level":
                i = int(slug.rsplit("-", 1)[1])
                h += f":level: {i}\n:level-name: {LEVEL_NAMES[i - 1]}\n"
            others = [t for t in targets if t != here]
            content = h + "\n" + body(rnd, hkind, here, others)
        with open(os.path.join(d, slug + ".adoc"), "w") as f:
            f.write(content)
    print(f"wrote {len(plan)} pages to {out}")


if __name__ == "__main__":
    main()
