import { DEFAULT_STAFF_CAPACITY, Group, Post, Shift } from '@hospital/contracts';

/** Head-count per post in each group, as docs/domain.md §1.1 describes the center (74 staff). */
const ROSTER: Record<Group, { prefix: string; posts: [Post, number][] }> = {
  [Group.InternalMedicine]: {
    prefix: 'NK',
    posts: [
      [Post.Dispatcher, 1], [Post.ExamEscort, 8], [Post.SpecimenCourier, 5], [Post.DrugCourier, 3], [Post.OddJobs, 2],
      [Post.Disinfection, 2], [Post.Delivery, 4], [Post.Storeroom, 1], [Post.FrontDesk, 4],
    ],
  },
  [Group.Surgery]: {
    prefix: 'WK',
    posts: [
      [Post.Dispatcher, 1], [Post.ExamEscort, 8], [Post.SpecimenCourier, 5], [Post.DrugCourier, 3], [Post.OddJobs, 2],
      [Post.Disinfection, 2], [Post.Delivery, 3], [Post.Storeroom, 1], [Post.FrontDesk, 4],
    ],
  },
  [Group.Emergency]: {
    prefix: 'JZ',
    posts: [
      [Post.Dispatcher, 1], [Post.GreenChannel, 4], [Post.StretcherBearer, 4], [Post.SpecimenCourier, 2],
      [Post.ExamEscort, 1], [Post.FrontDesk, 3],
    ],
  },
};

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = ['芳', '伟', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '桂英'];

/** Cross-post cover (docs/domain.md §1.6): some workers hold a second post to absorb peaks. */
const COVER: Partial<Record<Post, Post>> = {
  [Post.ExamEscort]: Post.OddJobs,
  [Post.Delivery]: Post.DrugCourier,
  [Post.GreenChannel]: Post.StretcherBearer,
  [Post.StretcherBearer]: Post.GreenChannel,
};

/** Office-hours posts work the split day; every other post rotates early, middle, night, so the center is staffed 24 hours. */
const SPLIT_DAY_POSTS: readonly Post[] = [Post.Storeroom, Post.Delivery];
const ROTATION: readonly Shift[] = [Shift.Early, Shift.Middle, Shift.Night];

/** Jobs at once: escorts and bearers stay with one patient; couriers and delivery carry several on a round. */
const CAPACITY: Partial<Record<Post, number>> = {
  [Post.ExamEscort]: 1,
  [Post.GreenChannel]: 1,
  [Post.StretcherBearer]: 1,
  [Post.SpecimenCourier]: 3,
  [Post.Delivery]: 3,
};

export interface DemoStaff {
  staffNo: string;
  name: string;
  group: Group;
  posts: Post[];
  phone: string;
  shift: Shift;
  capacity: number;
}

export function demoStaff(): DemoStaff[] {
  const people: DemoStaff[] = [];
  let n = 0;
  for (const [group, { prefix, posts }] of Object.entries(ROSTER) as [Group, (typeof ROSTER)[Group]][]) {
    let seq = 0;
    for (const [post, count] of posts) {
      for (let i = 0; i < count; i++, n++) {
        seq++;
        const cover = COVER[post];
        people.push({
          staffNo: `${prefix}${String(seq).padStart(3, '0')}`,
          name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`,
          group,
          posts: cover && i % 3 === 0 ? [post, cover] : [post],
          phone: `139${String(10_000_000 + n * 7919).slice(-8)}`,
          shift: SPLIT_DAY_POSTS.includes(post) ? Shift.SplitDay : ROTATION[i % ROTATION.length],
          capacity: CAPACITY[post] ?? DEFAULT_STAFF_CAPACITY,
        });
      }
    }
  }
  return people;
}
