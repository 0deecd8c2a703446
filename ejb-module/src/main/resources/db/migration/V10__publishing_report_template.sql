-- Invia Email (SPEC §1): the report a publishing run e-mails to the account's addresses.
INSERT INTO message_template (code, language, subject, body, updated_at, updated_by) VALUES
('PUBLISHING_REPORT', 'it', 'Pubblicazione articoli {{account_name}}: {{status}}',
 'Resoconto della pubblicazione degli articoli di "{{account_name}}" ({{job}}).\n\nEsito: {{status}}\nArticoli pubblicati: {{published}}\nNon pubblicati: {{failed}}\n{{failures}}\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system'),
('PUBLISHING_REPORT', 'en', 'Article publishing {{account_name}}: {{status}}',
 'Report of the article publishing of "{{account_name}}" ({{job}}).\n\nOutcome: {{status}}\nArticles published: {{published}}\nNot published: {{failed}}\n{{failures}}\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system');
