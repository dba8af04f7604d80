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

/**
 * The Digitalisierungscheck block.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Shows the check result of the viewer's organisation and, to those who may see all results,
 * the aggregate over all organisations with an export.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class block_digicheck extends block_base {
    /**
     * Sets the title.
     */
    public function init() {
        $this->title = get_string('pluginname', 'block_digicheck');
    }

    /**
     * Pages the block can be added to: the Dashboard, course pages and the site home.
     *
     * @return array
     */
    public function applicable_formats() {
        return [
            'all' => false,
            'my' => true,
            'course-view' => true,
            'site-index' => true,
        ];
    }

    /**
     * The block has no site settings.
     *
     * @return bool
     */
    public function has_config() {
        return false;
    }

    /**
     * One block per page is enough.
     *
     * @return bool
     */
    public function instance_allow_multiple() {
        return false;
    }

    /**
     * Builds the content of the block.
     *
     * @return stdClass
     */
    public function get_content() {
        global $USER;
        if ($this->content !== null) {
            return $this->content;
        }

        $this->content = new stdClass();
        $this->content->text = '';
        $this->content->footer = '';

        // Results belong to an organisation, so there is nothing to show to visitors.
        if (!isloggedin() || isguestuser()) {
            return $this->content;
        }

        $canviewall = has_capability('local/digitalstrategy:viewallresults', context_system::instance());
        $canviewallstrategies = has_capability('local/digitalstrategy:viewallstrategies', context_system::instance());
        $renderable = \core\di::get(\block_digicheck\local\content_builder::class)
            ->for_user((int) $USER->id, $canviewall, current_language(), $canviewallstrategies);
        $this->content->text = $this->page->get_renderer('core')->render($renderable);
        if (has_capability('local/digitalstrategy:managecampaigns', context_system::instance())) {
            $campaigns = \core\di::get(\local_digitalstrategy\local\campaign\participation_repository::class)
                ->campaigns(['open'], 'survey');
            $this->content->text .= $this->page->get_renderer('core')
                ->render(new \block_digicheck\output\campaign_participation($campaigns));
        }
        if (has_capability('local/digitalstrategy:viewcontrolling', context_system::instance())) {
            $this->content->text .= $this->page->get_renderer('core')
                ->render(new \block_digicheck\output\controlling_summary(self::controlling_timeline()));
        }
        $this->page->requires->js_call_amd('block_digicheck/block', 'init', ['block_digicheck']);

        return $this->content;
    }

    /**
     * The project controlling of one half-year: the running one, before the programme its first,
     * after it its last.
     *
     * @return \local_digitalstrategy\local\controlling\timeline
     */
    private static function controlling_timeline(): \local_digitalstrategy\local\controlling\timeline {
        $programme = \core\di::get(\local_digitalstrategy\local\controlling\programme::class);
        $now = \core\di::get(\core\clock::class)->time();
        $period = $programme->period_at($now)
            ?? ($now < $programme->start() ? $programme->period(1) : $programme->period(count($programme->periods())));
        return \core\di::get(\local_digitalstrategy\local\controlling\timeline_service::class)->build($now, [$period->index]);
    }
}
