import { CreateStaffDto, Group, Post, Shift } from '@hospital/contracts';
import { createValidationPipe } from '@hospital/platform';
import { DemoStaff, demoStaff } from './demo-staff';

const people = demoStaff();
const inGroup = (group: Group) => people.filter((p) => p.group === group);
const postsOf = (group: Group) => new Set(inGroup(group).flatMap((p) => p.posts));
const holders = (group: Group, post: Post) => inGroup(group).filter((p) => p.posts.includes(post));

describe('demoStaff (the center as docs/domain.md §1 describes it)', () => {
  it('has 74 people', () => {
    expect(people).toHaveLength(74);
  });

  it('has 30 in Internal Medicine, 29 in Surgery and 15 in Emergency', () => {
    expect(inGroup(Group.InternalMedicine)).toHaveLength(30);
    expect(inGroup(Group.Surgery)).toHaveLength(29);
    expect(inGroup(Group.Emergency)).toHaveLength(15);
  });

  it('gives everyone a unique staff number', () => {
    expect(new Set(people.map((p) => p.staffNo)).size).toBe(74);
  });

  it('gives everyone a distinct phone number', () => {
    expect(new Set(people.map((p) => p.phone)).size).toBe(74);
  });

  it('has a dispatcher leading each group', () => {
    for (const group of Object.values(Group)) {
      expect(holders(group, Post.Dispatcher).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('has every post held by someone', () => {
    const held = new Set(people.flatMap((p) => p.posts));
    expect([...held].sort()).toEqual(Object.values(Post).sort());
  });

  it('runs 120 call-outs and the green channel from the Emergency group', () => {
    expect(holders(Group.Emergency, Post.StretcherBearer).length).toBeGreaterThanOrEqual(1);
    expect(holders(Group.Emergency, Post.GreenChannel).length).toBeGreaterThanOrEqual(1);
  });

  it('has a front desk in every group (each group has its own desk)', () => {
    for (const group of Object.values(Group)) {
      expect(postsOf(group).has(Post.FrontDesk)).toBe(true);
    }
  });

  it('staffs the ward logistics posts in Internal Medicine and Surgery', () => {
    const wardPosts = [
      Post.ExamEscort,
      Post.SpecimenCourier,
      Post.DrugCourier,
      Post.OddJobs,
      Post.Disinfection,
      Post.Delivery,
      Post.Storeroom,
    ];
    for (const group of [Group.InternalMedicine, Group.Surgery]) {
      for (const post of wardPosts) expect({ group, post, held: postsOf(group).has(post) }).toEqual({ group, post, held: true });
    }
  });

  it('gives some workers a second post for cross-post cover, never the same post twice', () => {
    expect(people.some((p) => p.posts.length > 1)).toBe(true);
    for (const p of people) {
      expect(p.posts.length).toBeGreaterThanOrEqual(1);
      expect(new Set(p.posts).size).toBe(p.posts.length);
    }
  });

  it('runs 120 call-outs around the clock: Emergency has stretcher bearers on the early, middle and night shifts', () => {
    const shifts = new Set(holders(Group.Emergency, Post.StretcherBearer).map((p) => p.shift));
    expect([...shifts].sort()).toEqual([Shift.Early, Shift.Middle, Shift.Night].sort());
  });

  it('covers early, middle and night with exam escorts and specimen couriers in the ward groups', () => {
    for (const group of [Group.InternalMedicine, Group.Surgery]) {
      for (const post of [Post.ExamEscort, Post.SpecimenCourier]) {
        const shifts = new Set(holders(group, post).map((p) => p.shift));
        expect({ group, post, night: shifts.has(Shift.Night), early: shifts.has(Shift.Early), middle: shifts.has(Shift.Middle) }).toEqual({
          group,
          post,
          night: true,
          early: true,
          middle: true,
        });
      }
    }
  });

  it('puts the storeroom on the split day shift and lets escorts carry one patient at a time', () => {
    expect(people.filter((p) => p.posts[0] === Post.Storeroom).every((p) => p.shift === Shift.SplitDay)).toBe(true);
    expect(people.filter((p) => p.posts[0] === Post.ExamEscort).every((p) => p.capacity === 1)).toBe(true);
    expect(people.every((p) => p.capacity >= 1 && p.capacity <= 10)).toBe(true);
  });

  it('prefixes staff numbers by group', () => {
    const prefixes = (group: Group) => new Set(inGroup(group).map((p) => p.staffNo.slice(0, 2)));
    const all = Object.values(Group).map(prefixes);
    for (const set of all) expect(set.size).toBe(1);
    expect(new Set(all.map((set) => [...set][0])).size).toBe(3);
  });

  it('is the same every time, so re-seeding adds nobody', () => {
    expect(demoStaff()).toEqual(people);
  });

  it('passes the same validation as a staff member created through the API', async () => {
    // The seed inserts directly, bypassing the DTO; it must not contain what the API would refuse.
    const pipe = createValidationPipe();
    const refused: { person: DemoStaff; error: unknown }[] = [];
    for (const person of people) {
      await pipe.transform({ ...person }, { type: 'body', metatype: CreateStaffDto }).catch((error: unknown) => refused.push({ person, error }));
    }
    expect(refused).toEqual([]);
  });
});
