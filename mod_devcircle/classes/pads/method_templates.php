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

namespace mod_devcircle\pads;

/**
 * The method templates a moderator can start a pad from, in German and English: Business Model
 * Canvas (its nine blocks), Design Thinking (its six phases) and Scrum (product backlog, sprint
 * goal, sprint backlog, retrospective).
 *
 * The content is data: one JSON file per template and language under
 * mod/devcircle/db/method_templates/<lang>/<template>.json, each a title, an introduction and
 * sections with a heading and guiding questions. The files are read and checked when first
 * used; a file that does not have that shape, or a template missing in one language, is a
 * coding error named with its file. A template becomes the first text of a pad as HTML (bold
 * headings, bulleted questions) or as plain text.
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

    /** @var string the folder of the data files */
    private readonly string $dir;

    /** @var array<string, array<string, array>>|null template => language => template, once loaded */
    private ?array $templates = null;

    /**
     * Creates the collection.
     *
     * @param string|null $dir the folder with one subfolder per language; the plugin's own by default
     */
    public function __construct(?string $dir = null) {
        $this->dir = $dir ?? dirname(__DIR__, 2) . '/db/method_templates';
    }

    /**
     * Reads and checks every data file.
     *
     * @return array<string, array<string, array>> template => language => template
     * @throws \coding_exception naming the file when a template is missing or has the wrong shape
     */
    private function load(): array {
        if ($this->templates !== null) {
            return $this->templates;
        }
        $templates = [];
        foreach (self::LANGUAGES as $lang) {
            $files = glob($this->dir . '/' . $lang . '/*.json') ?: [];
            if (!$files) {
                throw new \coding_exception("No method templates in {$this->dir}/{$lang}");
            }
            foreach ($files as $file) {
                $key = basename($file, '.json');
                if (!preg_match('/^[a-z]{1,30}$/', $key)) {
                    throw new \coding_exception("Method template $file: the file name must be the key, a-z only");
                }
                $templates[$key][$lang] = self::validate(json_decode((string) file_get_contents($file), true), $file);
            }
        }
        foreach ($templates as $key => $langs) {
            $missing = array_diff(self::LANGUAGES, array_keys($langs));
            if ($missing) {
                throw new \coding_exception("Method template $key has no file for " . implode(', ', $missing));
            }
        }
        ksort($templates);
        return $this->templates = $templates;
    }

    /**
     * Checks the shape of one template.
     *
     * @param mixed $data the decoded JSON
     * @param string $file the file, for the message
     * @return array{title: string, intro: string, sections: array<int, array{heading: string, questions: string[]}>}
     * @throws \coding_exception when the shape is wrong
     */
    public static function validate(mixed $data, string $file): array {
        $fail = fn(string $problem) => new \coding_exception("Method template $file: $problem");
        $text = fn($value) => is_string($value) && trim($value) !== '';
        if (!is_array($data)) {
            throw $fail('not a JSON object');
        }
        $unknown = array_diff(array_keys($data), ['title', 'intro', 'sections']);
        if ($unknown) {
            throw $fail('unknown member ' . implode(', ', $unknown));
        }
        if (!$text($data['title'] ?? null) || !$text($data['intro'] ?? null)) {
            throw $fail('title and intro must be non-empty strings');
        }
        if (!is_array($data['sections'] ?? null) || !$data['sections'] || !array_is_list($data['sections'])) {
            throw $fail('sections must be a non-empty list');
        }
        foreach ($data['sections'] as $i => $section) {
            if (!is_array($section) || array_diff(array_keys($section), ['heading', 'questions'])) {
                throw $fail("section $i must have a heading and questions only");
            }
            if (!$text($section['heading'] ?? null)) {
                throw $fail("section $i has no heading");
            }
            $questions = $section['questions'] ?? null;
            $valid = is_array($questions) && $questions && array_is_list($questions)
                && count(array_filter($questions, $text)) === count($questions);
            if (!$valid) {
                throw $fail("section $i must have a non-empty list of questions, each a non-empty string");
            }
        }
        return $data;
    }

    /**
     * The keys of all templates, in alphabetical order: the templates there is a file for in the
     * first language (the circle's page needs no more, so the files are not read for it).
     *
     * @return string[]
     */
    public function keys(): array {
        if ($this->templates !== null) {
            return array_keys($this->templates);
        }
        $files = glob($this->dir . '/' . self::LANGUAGES[0] . '/*.json') ?: [];
        $keys = array_map(fn(string $file) => basename($file, '.json'), $files);
        sort($keys, SORT_STRING);
        return $keys;
    }

    /**
     * Whether a template exists in a language.
     *
     * @param string $template template key
     * @param string $lang language
     * @return bool
     */
    public function exists(string $template, string $lang): bool {
        return isset($this->load()[$template][$lang]);
    }

    /**
     * A template as data.
     *
     * @param string $template template key
     * @param string $lang language (de or en)
     * @return array{title: string, intro: string, sections: array<int, array{heading: string, questions: string[]}>}
     */
    public function get(string $template, string $lang): array {
        if (!$this->exists($template, $lang)) {
            throw new \coding_exception("Unknown method template $template/$lang");
        }
        return $this->load()[$template][$lang];
    }

    /**
     * The title of a template in its language (the default name of a new pad).
     *
     * @param string $template template key
     * @param string $lang language
     * @return string
     */
    public function title(string $template, string $lang): string {
        return $this->get($template, $lang)['title'];
    }

    /**
     * The template as an HTML document for Etherpad's setHTML: bold headings and bulleted questions.
     *
     * @param string $template template key
     * @param string $lang language
     * @return string
     */
    public function html(string $template, string $lang): string {
        $t = $this->get($template, $lang);
        $body = \html_writer::tag('p', \html_writer::tag('strong', s($t['title']))) . \html_writer::tag('p', s($t['intro']));
        foreach ($t['sections'] as $section) {
            $items = implode('', array_map(fn(string $q) => \html_writer::tag('li', s($q)), $section['questions']));
            $body .= \html_writer::tag('p', \html_writer::tag('strong', s($section['heading'])))
                . \html_writer::tag('ul', $items) . \html_writer::tag('p', '');
        }
        return '<!DOCTYPE HTML><html><body>' . $body . '</body></html>';
    }

    /**
     * The template as plain text.
     *
     * @param string $template template key
     * @param string $lang language
     * @return string
     */
    public function text(string $template, string $lang): string {
        $t = $this->get($template, $lang);
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
}
