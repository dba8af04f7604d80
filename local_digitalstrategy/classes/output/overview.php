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

namespace local_digitalstrategy\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\plural;
use local_digitalstrategy\local\settings;
use moodle_url;

/**
 * The admin overview of the programme: what is configured and what has been collected so far.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class overview implements named_templatable, renderable {
    /**
     * Creates the overview.
     *
     * @param int $peerthreshold minimum number of organisations with results before peer averages are shown
     * @param int $participationtarget survey participation target in percent of member organisations
     * @param moodle_url|null $settingsurl link to the plugin settings, null when the viewer may not change them
     * @param int $organisations active organisations
     * @param int $participating active organisations with a submitted check
     * @param bool $canmanage whether the viewer may manage organisations
     */
    public function __construct(
        /** @var int minimum number of organisations with results before peer averages are shown */
        private readonly int $peerthreshold,
        /** @var int survey participation target in percent of member organisations */
        private readonly int $participationtarget,
        /** @var moodle_url|null link to the plugin settings */
        private readonly ?moodle_url $settingsurl = null,
        /** @var int active organisations */
        private readonly int $organisations = 0,
        /** @var int active organisations with a submitted check */
        private readonly int $participating = 0,
        /** @var bool whether the viewer may manage organisations */
        private readonly bool $canmanage = false,
    ) {
    }

    /**
     * Builds the overview from the plugin settings and the counts.
     *
     * @param settings $settings the plugin settings
     * @param int $organisations active organisations
     * @param int $participating active organisations with a submitted check
     * @param bool $canconfigure whether the viewer may change the plugin settings
     * @param bool $canmanage whether the viewer may manage organisations
     * @return self
     */
    public static function build(
        settings $settings,
        int $organisations,
        int $participating,
        bool $canconfigure,
        bool $canmanage
    ): self {
        return new self(
            $settings->peer_threshold(),
            $settings->participation_target(),
            $canconfigure ? new moodle_url('/admin/settings.php', ['section' => 'local_digitalstrategy_settings']) : null,
            $organisations,
            $participating,
            $canmanage,
        );
    }

    /**
     * Returns the name of the template that renders the overview.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/overview';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        return [
            'peerthreshold' => $this->peerthreshold,
            'participationtarget' => $this->participationtarget,
            'hasorganisations' => $this->organisations > 0,
            'organisations' => $this->organisations,
            'participating' => $this->participating,
            'participationtext' => plural::get_string('overview_participation', 'local_digitalstrategy', $this->organisations, [
                'participating' => $this->participating,
                'organisations' => $this->organisations,
            ]),
            'peerthresholdtext' => plural::get_string('peerthreshold_value', 'local_digitalstrategy', $this->peerthreshold),
            'organisationsurl' => $this->canmanage
                ? (new moodle_url('/local/digitalstrategy/organisations.php'))->out(false) : null,
            'settingsurl' => $this->settingsurl?->out(false),
        ];
    }
}
