import type { Region } from './region';

export const vietnam: Region = {
  country: 'Vietnam',
  phonePrefix: '+84 28',
  firstNames: ['Anh', 'Bảo', 'Châu', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Linh', 'Minh', 'Phương', 'Quân', 'Thảo'],
  lastNames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'],
  cities: [
    { city: 'Hồ Chí Minh', zip: '700000' },
    { city: 'Hà Nội', zip: '100000' },
    { city: 'Đà Nẵng', zip: '550000' },
  ],
  streets: ['Đồng Khởi', 'Lê Lợi', 'Nguyễn Huệ'],
};
