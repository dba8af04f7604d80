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

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The method templates are data files (db/method_templates/<lang>/<template>.json), read and
 * checked by method_templates: every shipped template is valid in German and English, and a
 * broken or missing file is named.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\pads\method_templates
 */
#[CoversClass(method_templates::class)]
final class method_templates_test extends \advanced_testcase {
    /** @var string a folder for broken templates */
    private string $dir;

    protected function setUp(): void {
        parent::setUp();
        $this->dir = make_request_directory();
    }

    /**
     * Writes a template file into the test folder.
     *
     * @param string $lang the language
     * @param string $key the template
     * @param mixed $content what the file holds (JSON-encoded unless a string)
     * @return void
     */
    private function write(string $lang, string $key, mixed $content): void {
        @mkdir("{$this->dir}/$lang", 0777, true);
        file_put_contents("{$this->dir}/$lang/$key.json", is_string($content) ? $content : json_encode($content));
    }

    /**
     * A template of the right shape.
     *
     * @param string $title its title
     * @return array
     */
    private static function template(string $title): array {
        return ['title' => $title, 'intro' => 'Einleitung', 'sections' => [['heading' => 'Teil 1', 'questions' => ['Frage?']]]];
    }

    public function test_the_shipped_templates_are_business_model_canvas_design_thinking_and_scrum_in_german_and_english(): void {
        $templates = new method_templates();

        $this->assertSame([method_templates::BMC, method_templates::DESIGN_THINKING, method_templates::SCRUM], $templates->keys());
        foreach ($templates->keys() as $key) {
            foreach (method_templates::LANGUAGES as $lang) {
                $template = $templates->get($key, $lang);
                $this->assertNotEmpty($template['sections'], "$key/$lang");
                $this->assertTrue(get_string_manager()->string_exists('padtemplate_' . $key, 'mod_devcircle'));
            }
            $this->assertSame(
                count($templates->get($key, 'de')['sections']),
                count($templates->get($key, 'en')['sections']),
                "$key has the same sections in both languages"
            );
        }
        $this->assertCount(9, $templates->get(method_templates::BMC, 'de')['sections'], 'the nine blocks of the canvas');
        $this->assertCount(6, $templates->get(method_templates::DESIGN_THINKING, 'en')['sections'], 'the six phases');
        $this->assertSame('Business Model Canvas', $templates->title(method_templates::BMC, 'de'));
    }

    public function test_a_template_becomes_html_and_text_for_the_pad(): void {
        $this->write('de', 'test', ['title' => 'Planung & Umsetzung', 'intro' => 'Kinder < 6 Jahre',
            'sections' => [['heading' => 'Ziele "2027"', 'questions' => ['Was?', 'Wer\'s macht?']]]]);
        $this->write('en', 'test', self::template('Planning'));
        $templates = new method_templates($this->dir);

        $html = $templates->html('test', 'de');
        $text = $templates->text('test', 'de');

        $this->assertStringContainsString('<p><strong>Planung &amp; Umsetzung</strong></p><p>Kinder &lt; 6 Jahre</p>', $html);
        $this->assertStringContainsString(
            '<p><strong>Ziele &quot;2027&quot;</strong></p><ul><li>Was?</li><li>Wer&#039;s macht?</li></ul>',
            $html
        );
        $this->assertStringStartsWith('<!DOCTYPE HTML><html><body>', $html);
        $this->assertSame("Planung & Umsetzung\n\nKinder < 6 Jahre\n\nZiele \"2027\"\n- Was?\n- Wer's macht?\n\n", $text);
    }

    /**
     * Broken template files and what the message says.
     *
     * @return array
     */
    public static function broken_templates(): array {
        return [
            'not JSON' => ['{title:', 'not a JSON object'],
            'no title' => [['intro' => 'x', 'sections' => [['heading' => 'h', 'questions' => ['q']]]], 'title and intro'],
            'no sections' => [['title' => 't', 'intro' => 'x', 'sections' => []], 'non-empty list'],
            'unknown member' => [['title' => 't', 'intro' => 'x', 'sections' => [['heading' => 'h', 'questions' => ['q']]],
                'script' => 'x'], 'unknown member script'],
            'empty question' => [['title' => 't', 'intro' => 'x', 'sections' => [['heading' => 'h', 'questions' => ['']]]],
                'each a non-empty string'],
            'section without heading' => [['title' => 't', 'intro' => 'x', 'sections' => [['questions' => ['q']]]], 'no heading'],
        ];
    }

    /**
     * A broken file is a coding error that names the file, as soon as a template is used.
     *
     * @dataProvider broken_templates
     * @param mixed $content the file's content
     * @param string $problem what the message says
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('broken_templates')]
    public function test_a_broken_file_is_named_with_its_problem(mixed $content, string $problem): void {
        $this->write('de', 'kaputt', $content);
        $this->write('en', 'kaputt', self::template('Broken'));

        try {
            (new method_templates($this->dir))->exists('kaputt', 'de');
            $this->fail('a broken template must not load');
        } catch (\coding_exception $e) {
            $this->assertStringContainsString('de/kaputt.json', $e->getMessage());
            $this->assertStringContainsString($problem, $e->getMessage());
        }
    }

    public function test_a_template_missing_in_one_language_is_named(): void {
        $this->write('de', 'nurdeutsch', self::template('Nur Deutsch'));
        $this->write('en', 'other', self::template('Other'));
        $this->write('de', 'other', self::template('Andere'));

        $this->expectException(\coding_exception::class);
        $this->expectExceptionMessage('Method template nurdeutsch has no file for en');
        (new method_templates($this->dir))->get('other', 'de');
    }

    public function test_an_unknown_template_or_language_does_not_exist(): void {
        $templates = new method_templates();

        $this->assertFalse($templates->exists('kanban', 'de'));
        $this->assertFalse($templates->exists(method_templates::SCRUM, 'fr'));
        $this->assertTrue($templates->exists(method_templates::SCRUM, 'en'));
    }
}
