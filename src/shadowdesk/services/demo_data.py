"""The demo company: Lingua Bridge, a language service provider with offices on three continents.

Names are in several scripts on purpose: the app must show, search and print all of them.
"""

from __future__ import annotations

COMPANY = "Lingua Bridge Translations"
DOMAIN = "linguabridge.example"

OFFICES = {
    "Berlin": "Europe/Berlin",
    "Kraków": "Europe/Warsaw",
    "Athens": "Europe/Athens",
    "Tokyo": "Asia/Tokyo",
    "Dubai": "Asia/Dubai",
    "New York": "America/New_York",
}

# (full name, email local part, department, job title, office)
PEOPLE = [
    ("Łukasz Łukasiewicz", "lukasz.lukasiewicz", "Sales", "Head of Sales", "Kraków"),
    ("Zoë Dubois", "zoe.dubois", "Sales", "Key Account Manager", "Berlin"),
    ("Søren Jørgensen", "soren.jorgensen", "Sales", "Account Executive", "Berlin"),
    ("José Núñez", "jose.nunez", "Sales", "Account Executive", "New York"),
    ("Ольга Смирнова", "olga.smirnova", "Sales", "Account Executive", "Berlin"),
    ("Γιώργος Παπαδόπουλος", "giorgos.papadopoulos", "Sales", "Key Account Manager", "Athens"),
    ("佐藤 美咲", "misaki.sato", "Sales", "Account Manager", "Tokyo"),
    ("ليلى حداد", "layla.haddad", "Sales", "Business Development Manager", "Dubai"),
    ("Emily Carter", "emily.carter", "Sales", "Sales Development Representative", "New York"),
    ("Ana Müller-Ştefan", "ana.muller", "Sales", "Account Executive", "Berlin"),
    ("Dmitri Ivanov", "dmitri.ivanov", "Sales", "Inside Sales Representative", "Kraków"),
    ("Chloé Lefèvre", "chloe.lefevre", "Sales", "Account Manager", "Berlin"),
    ("Małgorzata Wiśniewska", "malgorzata.wisniewska", "Project Management", "Head of Delivery", "Kraków"),
    ("Jürgen Weiß", "jurgen.weiss", "Project Management", "Senior Project Manager", "Berlin"),
    ("Αικατερίνη Νικολάου", "aikaterini.nikolaou", "Project Management", "Project Manager", "Athens"),
    ("田中 健一", "kenichi.tanaka", "Project Management", "Senior Project Manager", "Tokyo"),
    ("عمر الخطيب", "omar.alkhatib", "Project Management", "Project Manager", "Dubai"),
    ("Иван Петров", "ivan.petrov", "Project Management", "Project Manager", "Kraków"),
    ("Sofia Oliveira", "sofia.oliveira", "Project Management", "Project Manager", "New York"),
    ("Kateřina Dvořáková", "katerina.dvorakova", "Project Management", "Project Manager", "Kraków"),
    ("Liam O'Connor", "liam.oconnor", "Project Management", "Project Coordinator", "New York"),
    ("Ayşe Yılmaz", "ayse.yilmaz", "Project Management", "Project Manager", "Berlin"),
    ("鈴木 花子", "hanako.suzuki", "Project Management", "Project Coordinator", "Tokyo"),
    ("Björn Håkansson", "bjorn.hakansson", "Project Management", "Senior Project Manager", "Berlin"),
    ("Nadia Benali", "nadia.benali", "Vendor Management", "Vendor Manager", "Berlin"),
    ("Paweł Zieliński", "pawel.zielinski", "Vendor Management", "Vendor Coordinator", "Kraków"),
    ("Μαρία Γεωργίου", "maria.georgiou", "Vendor Management", "Vendor Manager", "Athens"),
    ("Hiroshi Kobayashi", "hiroshi.kobayashi", "Vendor Management", "Vendor Coordinator", "Tokyo"),
    ("Élodie Garnier", "elodie.garnier", "Quality", "Quality Manager", "Berlin"),
    ("Tomasz Kowalczyk", "tomasz.kowalczyk", "Quality", "Linguistic Reviewer", "Kraków"),
    ("Фатима Алиева", "fatima.alieva", "Quality", "Linguistic Reviewer", "Berlin"),
    ("Rachel Goldberg", "rachel.goldberg", "Quality", "QA Specialist", "New York"),
    ("Sven Lindqvist", "sven.lindqvist", "Finance", "Finance Manager", "Berlin"),
    ("Priya Raman", "priya.raman", "Finance", "Billing Specialist", "New York"),
    ("Yusuf Demir", "yusuf.demir", "Finance", "Accountant", "Berlin"),
    ("Mateusz Nowicki", "mateusz.nowicki", "Localization Engineering", "Localization Engineer", "Kraków"),
    ("Κώστας Βλάχος", "kostas.vlachos", "Localization Engineering", "Localization Engineer", "Athens"),
    ("山本 翔太", "shota.yamamoto", "Localization Engineering", "Localization Engineer", "Tokyo"),
    ("Ingrid Solberg", "ingrid.solberg", "Localization Engineering", "Engineering Lead", "Berlin"),
    ("Hannah Becker", "hannah.becker", "Human Resources", "HR Coordinator", "Berlin"),
]

# Managers by email local part: the heads manage their departments.
MANAGERS = {"Sales": "lukasz.lukasiewicz", "Project Management": "malgorzata.wisniewska"}

# (customer, industry, country, [projects])
CUSTOMERS = [
    ("Nordwind Medical GmbH", "Medical devices", "Germany",
     ["IFU translation into 24 EU languages", "MDR labelling update"]),
    ("Atlas Legal LLP", "Legal", "United States", ["Cross-border litigation discovery", "Contract review pool"]),
    ("Kaizen Games", "Video games", "Japan", ["RPG localization JP>EN/FR/DE", "Live-ops patch notes"]),
    ("Helios Pharma", "Pharmaceuticals", "Greece", ["Clinical trial consent forms", "Pharmacovigilance reports"]),
    ("Orbit Software", "Software", "Poland", ["SaaS UI continuous localization", "Help center migration"]),
    ("Maison Lumière", "Luxury retail", "France", ["E-commerce catalogue transcreation"]),
    ("Gulf Energy Partners", "Energy", "United Arab Emirates", ["Arabic tender documentation", "HSE manuals"]),
    ("Вектор Банк", "Banking", "Cyprus", ["Annual report EN/RU/EL"]),
]

AGENDAS = {
    "project_shadow": [
        "Kick-off call with the customer, then the quote-to-schedule walkthrough",
        "Vendor selection and capacity check for a rush job",
        "Query log review with the linguists; how scope creep is handled",
        "Delivery day: final QA, file prep, invoice notes",
    ],
    "customer_visit": [
        "Quarterly business review at the customer's office",
        "Pitch for a new localization program; PM answers delivery questions",
        "Escalation meeting about turnaround times",
        "Pricing discussion for machine translation post-editing",
    ],
}

# Reflection texts in several languages, on both sides of the program.
SALES_NOTES = [
    "I had no idea how much of the timeline goes into vendor onboarding. "
    "I will stop promising 48-hour turnarounds for new language pairs.",
    "The PM needed the customer's termbase before kick-off and nobody in sales asked for it. "
    "Adding it to my discovery checklist.",
    "Ich habe gelernt, dass Eilaufträge ohne Referenzmaterial die Qualität gefährden.",
    "Понял, почему проектным менеджерам нужен точный объём слов до подтверждения сроков.",
    "Κατάλαβα ότι οι αλλαγές πεδίου μετά την έναρξη κοστίζουν πολύ περισσότερο από όσο νόμιζα.",
    "納期の見積もりには翻訳者の確保が一番時間がかかると分かった。",
    "تعلمت أن مدير المشروع يحتاج إلى المصطلحات المعتمدة قبل البدء.",
]
PM_NOTES = [
    "The customer cares far more about consistency across releases than about price per word. "
    "We should sell our translation memory management, not discounts.",
    "Sales promised weekend delivery because the competitor did; we need a rush-rate card.",
    "Zrozumiałam, jak trudno jest wygrać przetarg bez konkretnych przykładów z naszych projektów.",
    "Le client veut un seul interlocuteur; nous devrions présenter le chef de projet dès la signature.",
    "顧客は品質保証のプロセスを詳しく知りたがっていた。営業資料に追加すべきだ。",
    "Увидела, что клиент готов платить больше за гарантированные сроки.",
]

IDEAS = [
    ("Rush-rate card for weekend delivery", "Publish a rate card so sales can price rush jobs honestly.",
     "adopted", "Approved by management; live from next quarter."),
    ("Termbase request in the sales discovery checklist",
     "Ask every new customer for glossaries and style guides before the quote.", "adopted",
     "Added to the CRM template."),
    ("Introduce the PM at contract signature", "Customers want one face for delivery from day one.",
     "under_review", ""),
    ("Shared capacity calendar for new language pairs",
     "Sales can see vendor capacity before promising deadlines.", "proposed", ""),
    ("Sell TM management as a service", "Position consistency across releases, not per-word discounts.",
     "proposed", ""),
    ("Monthly joint pipeline review", "Sales and delivery review the pipeline together.", "declined",
     "Covered by the existing weekly operations call."),
]
