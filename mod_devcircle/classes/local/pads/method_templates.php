<?php
// This file is part of Moodle - http://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\local\pads;

/**
 * The method templates a moderator can start a pad from, in German and English:
 * Business Model Canvas (its nine blocks), Design Thinking (its six phases) and Scrum
 * (product backlog, sprint goal, sprint backlog, retrospective).
 *
 * The wording is adapted to social-economy organisations (clients, cost bearers, sites and
 * shifts). Each template is a title and sections with guiding questions; it becomes the first
 * text of the pad as HTML (bold headings, bulleted questions) or as plain text.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class method_templates {
    /** @var string Business Model Canvas */
    public const BMC = 'bmc';
    /** @var string Design Thinking */
    public const DESIGN_THINKING = 'designthinking';
    /** @var string Scrum */
    public const SCRUM = 'scrum';

    /** @var string[] languages the templates are written in */
    public const LANGUAGES = ['de', 'en'];

    /**
     * The keys of all templates.
     *
     * @return string[]
     */
    public static function keys(): array {
        return [self::BMC, self::DESIGN_THINKING, self::SCRUM];
    }

    /**
     * Whether a template exists in a language.
     *
     * @param string $template template key
     * @param string $lang language
     * @return bool
     */
    public static function exists(string $template, string $lang): bool {
        return in_array($template, self::keys(), true) && in_array($lang, self::LANGUAGES, true);
    }

    /**
     * The title of a template in its language (the default name of a new pad).
     *
     * @param string $template template key
     * @param string $lang language
     * @return string
     */
    public static function title(string $template, string $lang): string {
        return self::get($template, $lang)['title'];
    }

    /**
     * A template as data.
     *
     * @param string $template template key
     * @param string $lang language (de or en)
     * @return array{title: string, intro: string, sections: array<int, array{heading: string, questions: string[]}>}
     */
    public static function get(string $template, string $lang): array {
        if (!self::exists($template, $lang)) {
            throw new \coding_exception("Unknown method template $template/$lang");
        }
        return self::definitions()[$template][$lang];
    }

    /**
     * The template as HTML for Etherpad's setHTML: bold headings and bulleted questions.
     *
     * @param string $template template key
     * @param string $lang language
     * @return string
     */
    public static function html(string $template, string $lang): string {
        $t = self::get($template, $lang);
        $esc = fn(string $s): string => htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
        $html = '<p><strong>' . $esc($t['title']) . '</strong></p><p>' . $esc($t['intro']) . '</p>';
        foreach ($t['sections'] as $section) {
            $html .= '<p><strong>' . $esc($section['heading']) . '</strong></p><ul>';
            foreach ($section['questions'] as $q) {
                $html .= '<li>' . $esc($q) . '</li>';
            }
            $html .= '</ul><p></p>';
        }
        return '<!DOCTYPE HTML><html><body>' . $html . '</body></html>';
    }

    /**
     * The template as plain text.
     *
     * @param string $template template key
     * @param string $lang language
     * @return string
     */
    public static function text(string $template, string $lang): string {
        $t = self::get($template, $lang);
        $lines = [$t['title'], '', $t['intro'], ''];
        foreach ($t['sections'] as $section) {
            $lines[] = $section['heading'];
            foreach ($section['questions'] as $q) {
                $lines[] = '- ' . $q;
            }
            $lines[] = '';
        }
        return implode("\n", $lines) . "\n";
    }

    /**
     * The templates.
     *
     * @return array<string, array<string, array{title: string, intro: string,
     *     sections: array<int, array{heading: string, questions: string[]}>}>>
     */
    private static function definitions(): array {
        return [
            self::BMC => [
                'de' => [
                    'title' => 'Business Model Canvas',
                    'intro' => 'Beschreiben Sie in neun Feldern, wie Ihr Angebot Nutzen stiftet und getragen wird. '
                        . 'Schreiben Sie Stichpunkte unter die Fragen.',
                    'sections' => [
                        ['heading' => '1. Zielgruppen (Kundensegmente)', 'questions' => [
                            'Für wen schaffen wir Nutzen: Klientinnen und Klienten, Angehörige, Mitarbeitende, Kostenträger?',
                            'Welche Gruppen unterscheiden sich in ihren Bedürfnissen?']],
                        ['heading' => '2. Wertangebote', 'questions' => [
                            'Welches Problem lösen wir, welches Bedürfnis erfüllen wir?',
                            'Was wird durch die Digitalisierung besser, einfacher oder erst möglich?']],
                        ['heading' => '3. Kanäle', 'questions' => [
                            'Wie erreichen wir die Zielgruppen (vor Ort, telefonisch, digital)?',
                            'Welche Kanäle sind barrierefrei?']],
                        ['heading' => '4. Beziehungen zu den Zielgruppen', 'questions' => [
                            'Welche Art von Beziehung erwarten die Zielgruppen (persönlich, begleitet, selbstständig)?',
                            'Wie beteiligen wir sie?']],
                        ['heading' => '5. Einnahmequellen', 'questions' => [
                            'Wer finanziert das Angebot (Leistungsentgelte, Fördermittel, Spenden, Eigenmittel)?',
                            'Welche Leistungen lassen sich digital abrechnen?']],
                        ['heading' => '6. Schlüsselressourcen', 'questions' => [
                            'Welche Menschen, Kompetenzen, Technik und Daten brauchen wir?']],
                        ['heading' => '7. Schlüsselaktivitäten', 'questions' => [
                            'Was müssen wir tun, damit das Angebot funktioniert?']],
                        ['heading' => '8. Schlüsselpartner', 'questions' => [
                            'Mit wem arbeiten wir zusammen: Verbände, Kostenträger, Dienstleister, Ehrenamtliche?']],
                        ['heading' => '9. Kostenstruktur', 'questions' => [
                            'Welche Kosten entstehen (Personal, Lizenzen, Geräte, Schulung)?',
                            'Welche Kosten sinken durch die Digitalisierung?']],
                    ],
                ],
                'en' => [
                    'title' => 'Business Model Canvas',
                    'intro' => 'Describe in nine blocks how your service creates value and how it is sustained. '
                        . 'Write bullet points below the questions.',
                    'sections' => [
                        ['heading' => '1. Customer segments', 'questions' => [
                            'For whom do we create value: clients, relatives, staff, cost bearers?',
                            'Which groups differ in their needs?']],
                        ['heading' => '2. Value propositions', 'questions' => [
                            'Which problem do we solve, which need do we meet?',
                            'What becomes better, simpler or possible at all through digitalisation?']],
                        ['heading' => '3. Channels', 'questions' => [
                            'How do we reach each group (on site, by phone, online)?',
                            'Which channels are accessible?']],
                        ['heading' => '4. Customer relationships', 'questions' => [
                            'What kind of relationship does each group expect (personal, assisted, self-service)?',
                            'How do we involve them?']],
                        ['heading' => '5. Revenue streams', 'questions' => [
                            'Who pays for the service (fees from cost bearers, grants, donations, own funds)?',
                            'Which services can be billed digitally?']],
                        ['heading' => '6. Key resources', 'questions' => [
                            'Which people, skills, technology and data do we need?']],
                        ['heading' => '7. Key activities', 'questions' => [
                            'What must we do for the service to work?']],
                        ['heading' => '8. Key partners', 'questions' => [
                            'Whom do we work with: associations, cost bearers, service providers, volunteers?']],
                        ['heading' => '9. Cost structure', 'questions' => [
                            'Which costs arise (staff, licences, devices, training)?',
                            'Which costs go down through digitalisation?']],
                    ],
                ],
            ],
            self::DESIGN_THINKING => [
                'de' => [
                    'title' => 'Design Thinking',
                    'intro' => 'Arbeiten Sie die sechs Phasen nacheinander durch; springen Sie zurück, wenn Sie Neues lernen.',
                    'sections' => [
                        ['heading' => '1. Verstehen', 'questions' => [
                            'Welche Herausforderung wollen wir lösen? Formulieren Sie eine Frage: „Wie könnten wir …?“',
                            'Was wissen wir schon, was noch nicht?']],
                        ['heading' => '2. Beobachten', 'questions' => [
                            'Mit wem sprechen wir (Klientinnen und Klienten, Mitarbeitende aller Standorte und Schichten)?',
                            'Was haben wir gesehen und gehört? Zitate und Beobachtungen:']],
                        ['heading' => '3. Sichtweise definieren', 'questions' => [
                            'Für wen lösen wir das Problem (Persona)?',
                            'Was braucht diese Person, und warum?']],
                        ['heading' => '4. Ideen finden', 'questions' => [
                            'Sammeln Sie so viele Ideen wie möglich, ohne sie zu bewerten:',
                            'Welche Ideen wählen wir aus, und warum?']],
                        ['heading' => '5. Prototypen entwickeln', 'questions' => [
                            'Wie machen wir die Idee schnell greifbar (Skizze, Rollenspiel, Klickdummy)?']],
                        ['heading' => '6. Testen', 'questions' => [
                            'Mit wem testen wir? Was hat funktioniert, was nicht?',
                            'Was ändern wir, was ist der nächste Schritt?']],
                    ],
                ],
                'en' => [
                    'title' => 'Design Thinking',
                    'intro' => 'Work through the six phases in turn; go back whenever you learn something new.',
                    'sections' => [
                        ['heading' => '1. Understand', 'questions' => [
                            'Which challenge do we want to solve? Phrase it as a question: "How might we …?"',
                            'What do we know already, what not yet?']],
                        ['heading' => '2. Observe', 'questions' => [
                            'Whom do we talk to (clients, staff of all sites and shifts)?',
                            'What did we see and hear? Quotes and observations:']],
                        ['heading' => '3. Define the point of view', 'questions' => [
                            'For whom do we solve the problem (persona)?',
                            'What does this person need, and why?']],
                        ['heading' => '4. Ideate', 'questions' => [
                            'Collect as many ideas as you can, without judging them:',
                            'Which ideas do we choose, and why?']],
                        ['heading' => '5. Prototype', 'questions' => [
                            'How do we make the idea tangible quickly (sketch, role play, click dummy)?']],
                        ['heading' => '6. Test', 'questions' => [
                            'With whom do we test? What worked, what did not?',
                            'What do we change, what is the next step?']],
                    ],
                ],
            ],
            self::SCRUM => [
                'de' => [
                    'title' => 'Scrum',
                    'intro' => 'Planen Sie Ihr Vorhaben in kurzen Sprints von zwei bis vier Wochen.',
                    'sections' => [
                        ['heading' => 'Product Backlog', 'questions' => [
                            'Was soll entstehen? Eine Zeile pro Eintrag, das Wichtigste oben: '
                                . '„Als … möchte ich …, damit …“']],
                        ['heading' => 'Sprint-Ziel', 'questions' => [
                            'Was wollen wir bis zum Ende dieses Sprints erreicht haben?',
                            'Sprint von … bis …']],
                        ['heading' => 'Sprint Backlog', 'questions' => [
                            'Welche Einträge nehmen wir in diesen Sprint? Wer kümmert sich?']],
                        ['heading' => 'Retrospektive', 'questions' => [
                            'Was lief gut?',
                            'Was wollen wir verbessern?',
                            'Welche Maßnahmen vereinbaren wir, wer ist verantwortlich?']],
                    ],
                ],
                'en' => [
                    'title' => 'Scrum',
                    'intro' => 'Plan your project in short sprints of two to four weeks.',
                    'sections' => [
                        ['heading' => 'Product backlog', 'questions' => [
                            'What should come out of it? One line per item, the most important first: '
                                . '"As a … I want …, so that …"']],
                        ['heading' => 'Sprint goal', 'questions' => [
                            'What do we want to have achieved by the end of this sprint?',
                            'Sprint from … to …']],
                        ['heading' => 'Sprint backlog', 'questions' => [
                            'Which items do we take into this sprint? Who takes care of them?']],
                        ['heading' => 'Retrospective', 'questions' => [
                            'What went well?',
                            'What do we want to improve?',
                            'Which actions do we agree on, and who is responsible?']],
                    ],
                ],
            ],
        ];
    }
}
