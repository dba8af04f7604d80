<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\campaign\campaign;
use local_digitalstrategy\local\campaign\participation_repository;
use moodle_url;

/**
 * One survey campaign for the project team: status and actions, participation overall and per field
 * of work and region, the invitations and the invitation log.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param campaign $campaign
     * @param string $instrumentname
     * @param array $overall participation_repository::overall()
     * @param array $byfield participation_repository::by_group(…, 'fieldofwork')
     * @param array $byregion participation_repository::by_group(…, 'region')
     * @param \stdClass[] $invites invite_repository::list_for_campaign()
     * @param \stdClass[] $log invite_repository::log_for_campaign()
     * @param bool $manualroundsent whether the manual reminder round was used
     * @param array<int, string> $usernames names of the users in the log, by id
     */
    public function __construct(
        /** @var campaign The campaign. */
        private readonly campaign $campaign,
        /** @var string Name of the instrument. */
        private readonly string $instrumentname,
        /** @var array Participation overall. */
        private readonly array $overall,
        /** @var array Participation per field of work. */
        private readonly array $byfield,
        /** @var array Participation per region. */
        private readonly array $byregion,
        /** @var \stdClass[] The invitations. */
        private readonly array $invites,
        /** @var \stdClass[] The log. */
        private readonly array $log,
        /** @var bool Whether the manual reminder round was used. */
        private readonly bool $manualroundsent,
        /** @var array<int, string> Names of users in the log. */
        private readonly array $usernames,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/campaign_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $c = $this->campaign;
        $str = fn(string $key, $a = null) => get_string($key, 'local_digitalstrategy', $a);
        $date = fn(int $time) => $time ? userdate($time, get_string('strftimedatetimeshort', 'langconfig')) : '–';
        $group = function (array $groups, callable $label): array {
            $rows = [];
            foreach ($groups as $key => $g) {
                $rows[] = [
                    'label' => $label((string) $key),
                    'invited' => $g['invited'],
                    'responded' => $g['responded'],
                    'percent' => format_float(participation_repository::percent($g['responded'], $g['invited']), 1, true, true),
                ];
            }
            return $rows;
        };
        $fieldlabel = fn(string $key) => $key === '' ? $str('participation_unknown')
            : (get_string_manager()->string_exists('fieldofwork_' . $key, 'local_digitalstrategy')
                ? $str('fieldofwork_' . $key) : $key);
        $regionlabel = fn(string $key) => $key === '' ? $str('participation_unknown') : $key;
        $invites = array_map(fn($i) => [
            'id' => (int) $i->id,
            'name' => $i->orgname !== '' ? $i->orgname : $i->email,
            'email' => $i->email,
            'status' => $str('invite_status_' . $i->status),
            'responded' => (bool) $i->responded,
            'reminders' => (int) $i->reminders,
            'timeinvited' => $date((int) $i->timeinvited),
            'canrevoke' => $i->status !== 'revoked' && !$i->responded && $c->status !== 'closed',
        ], $this->invites);
        $log = array_map(fn($l) => [
            'time' => $date((int) $l->timecreated),
            'action' => $str('invite_action_' . $l->action),
            'status' => $str('invite_logstatus_' . $l->status),
            'failed' => $l->status === 'failed',
            'who' => (int) $l->inviteid === 0 ? $str('reminder_manualround')
                : ($l->orgname !== '' ? $l->orgname : $l->email),
            'by' => (int) $l->userid > 0 ? ($this->usernames[(int) $l->userid] ?? '') : $str('invite_bytask'),
            'info' => $l->info,
        ], $this->log);
        $bar = new participation_bar($this->overall['responded'], $this->overall['invited'], (int) $c->participationtarget);
        return [
            'id' => (int) $c->id,
            'name' => format_string($c->name, true, ['context' => \context_system::instance()]),
            'instrument' => $this->instrumentname,
            'status' => $str('campaign_status_' . $c->status),
            'isdraft' => $c->status === 'draft',
            'isopen' => $c->status === 'open',
            'isclosed' => $c->status === 'closed',
            'target' => $str('campaign_target_' . $c->target),
            'respondent' => $str('campaign_respondent_' . $c->respondent),
            'anonymous' => $str($c->anonymous ? 'campaign_anonymous_yes' : 'campaign_anonymous_no'),
            'timeopen' => $date((int) $c->timeopen),
            'timeclose' => $date((int) $c->timeclose),
            'bar' => $bar->export_for_template($output),
            'declined' => $this->overall['declined'],
            'byfield' => $group($this->byfield, $fieldlabel),
            'byregion' => $group($this->byregion, $regionlabel),
            'invites' => $invites,
            'hasinvites' => (bool) $invites,
            'log' => $log,
            'haslog' => (bool) $log,
            'canremind' => $c->status === 'open' && !$this->manualroundsent,
            'manualroundsent' => $this->manualroundsent,
            'actionurl' => (new moodle_url('/local/digitalstrategy/campaign.php'))->out(false),
            'resultsurl' => (new moodle_url('/local/digitalstrategy/campaign_results.php', ['id' => $c->id]))->out(false),
            'editurl' => in_array($c->target, \local_digitalstrategy\local\campaign\invite_target_repository::SURVEY_TARGETS, true)
                ? (new moodle_url('/local/digitalstrategy/campaign_edit.php', ['id' => $c->id]))->out(false) : '',
            'sesskey' => sesskey(),
        ];
    }
}
